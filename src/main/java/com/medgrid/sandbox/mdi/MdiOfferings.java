package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.Optional;

/**
 * The offerings (what a clinician may prescribe) every client of the simulator has: MedGrid's demo
 * catalog maps its prescription items to the demo offering, whose id is fixed so the catalog and
 * the simulator agree on every start and in every database.
 */
final class MdiOfferings {

    /** The demo catalog's prescription items carry this id ({@code mdi_offering_id}). */
    static final String DEMO_OFFERING_ID = "5b1f0c3e-8d2a-4c6b-9e47-3a9d2f61c0b8";

    /** An offering as {@code /offerings} lists it. */
    record Offering(String id, String title, String name) {

        JsonObject json() {
            return ApiJson.JSON.createObjectBuilder().add("offering_id", id).add("title", title).add("name", name).build();
        }
    }

    static final List<Offering> ALL = List.of(
            new Offering(DEMO_OFFERING_ID, "MedGrid prescription review", "medgrid-prescription-review"),
            new Offering(MdiIds.of("mdi-offering-glp1"), "GLP-1 weight management", "glp-1-weight-management"),
            new Offering(MdiIds.of("mdi-offering-trt"), "Testosterone replacement", "testosterone-replacement"));

    private MdiOfferings() {
    }

    static Optional<Offering> byId(String offeringId) {
        return ALL.stream().filter(offering -> offering.id().equals(offeringId)).findFirst();
    }
}

package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;

/** A clinician a case is assigned to; the id follows from the NPI, so one clinician is one id everywhere. */
record MdiClinician(String fullName, String npi) {

    /** Who reviews the demo's cases, and approves a case no one was assigned to; the NPI's check digit is valid. */
    static final MdiClinician DEMO = new MdiClinician("Dr. Avery Lin", "1234567893");

    String id() {
        return MdiIds.of("mdi-clinician-" + npi);
    }

    /** The case's {@code case_assignment}. */
    JsonObject assignment() {
        return ApiJson.JSON.createObjectBuilder().add("clinician", ApiJson.JSON.createObjectBuilder().add("clinician_id", id())
                .add("full_name", fullName).add("npi", npi)).build();
    }
}

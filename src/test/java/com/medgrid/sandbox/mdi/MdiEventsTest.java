package com.medgrid.sandbox.mdi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payloads of MDI's webhook events as they go on the wire, and their signature. */
class MdiEventsTest {

    private static final JsonObject NONE = JsonObject.EMPTY_JSON_OBJECT;

    private static JsonObject aCase(String metadata) {
        JsonObject body = Json.createObjectBuilder().add("patient_id", "p-1").add("metadata", metadata)
                .add("case_offerings", Json.createArrayBuilder().add(Json.createObjectBuilder().add("offering_id", MdiOfferings.DEMO_OFFERING_ID)))
                .build();
        return MdiCaseRequest.newCase(body, "be2fc48f-df75-4cd7-a78a-89d51cc46e17", "2026-01-02T03:04:05Z");
    }

    @Test
    void caseEventsCarryTheTimestampTypeCaseAndMetadataInMdisOrder() {
        assertEquals("{\"timestamp\":1666384936,\"event_type\":\"case_waiting\",\"case_id\":\"be2fc48f-df75-4cd7-a78a-89d51cc46e17\","
                        + "\"metadata\":\"SO-1\\/Renée\"}".replace("é", "\\u00e9"),
                PhpJson.encode(MdiEvents.payload("case_waiting", 1666384936, aCase("SO-1/Renée"), NONE)));
    }

    @Test
    void orderAndInsuranceEvents() {
        JsonObject order = MdiEvents.payload("order_tracking_number_changed", 1733258743, aCase("m"),
                Json.createObjectBuilder().add("order_status", "fulfilled").add("order_details", "Tracking Number: 101010").build());
        assertEquals(List.of("timestamp", "event_type", "encounter_id", "case_id", "order_status", "order_details"), List.copyOf(order.keySet()));
        assertEquals(order.getString("case_id"), order.getString("encounter_id"));
        assertTrue(MdiEvents.payload("order_status_changed", 1, aCase("m"), NONE).isNull("order_details"));

        assertThrows(IllegalArgumentException.class, () -> MdiEvents.payload("prescription_insurance_coverage_updated", 1, aCase("m"), NONE));
        JsonObject approved = MdiCaseStatus.move(aCase("m"), "approved", null, null, "2026-01-02T04:00:00Z");
        JsonObject insurance = MdiEvents.payload("prescription_insurance_coverage_updated", 1, approved, NONE);
        assertEquals(List.of("timestamp", "event_type", "case_id", "prescription_id", "metadata"), List.copyOf(insurance.keySet()));
        assertEquals(approved.getJsonArray("prescriptions").getJsonObject(0).getString("prescription_id"), insurance.getString("prescription_id"));
        assertThrows(IllegalArgumentException.class, () -> MdiEvents.payload("case_reopened", 1, aCase("m"), NONE));
    }

    @Test
    void offeringSubmittedListsTheOfferingsWithTheirPhpClassEscaped() {
        JsonObject payload = MdiEvents.payload("offering_submitted", 1666384936, aCase("m"), NONE);
        JsonObject offering = payload.getJsonArray("offerings").getJsonObject(0);
        assertEquals(MdiOfferings.DEMO_OFFERING_ID, offering.getString("offerable_id"));
        assertEquals("pending", offering.getString("status"));
        assertEquals(offering.getString("id"), offering.getString("case_offering_id"));
        assertTrue(PhpJson.encode(payload).contains("\"offerable_type\":\"App\\\\Models\\\\Offering\""), PhpJson.encode(payload));
    }
}

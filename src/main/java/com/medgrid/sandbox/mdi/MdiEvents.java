package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * The webhook events MDI sends about a case, with their payloads as the document shows them: always
 * {@code timestamp} (epoch seconds of the first attempt) and {@code event_type} first, then the
 * event's fields.
 */
final class MdiEvents {

    static final String CASE_WAITING = "case_waiting";
    static final String CASE_APPROVED = "case_approved";
    static final String CASE_CANCELLED = "case_cancelled";
    static final String OFFERING_SUBMITTED = "offering_submitted";
    static final String INSURANCE_UPDATED = "prescription_insurance_coverage_updated";
    static final String ORDER_STATUS_CHANGED = "order_status_changed";
    static final String ORDER_TRACKING_CHANGED = "order_tracking_number_changed";
    static final List<String> ALL = List.of(CASE_WAITING, CASE_APPROVED, CASE_CANCELLED, OFFERING_SUBMITTED, INSURANCE_UPDATED,
            ORDER_STATUS_CHANGED, ORDER_TRACKING_CHANGED);
    /** MDI's class name for an offering, a PHP namespace: its backslashes are escaped on the wire. */
    static final String OFFERABLE_TYPE = "App\\Models\\Offering";

    private MdiEvents() {
    }

    /**
     * The payload of {@code type} about the case; {@code details} gives {@code order_status} and
     * {@code order_details} (null when absent) and {@code prescription_id} (else the case's first prescription's).
     *
     * @throws IllegalArgumentException for an unknown event, or an insurance event about a case with no prescription
     */
    static JsonObject payload(String type, long timestamp, JsonObject mdiCase, JsonObject details) {
        JsonObjectBuilder payload = ApiJson.JSON.createObjectBuilder().add("timestamp", timestamp).add("event_type", type);
        String caseId = mdiCase.getString("case_id");
        JsonValue metadata = mdiCase.get("metadata");
        switch (type) {
            case CASE_WAITING, CASE_APPROVED, CASE_CANCELLED -> payload.add("case_id", caseId).add("metadata", metadata);
            case OFFERING_SUBMITTED -> payload.add("case_id", caseId).add("metadata", metadata).add("offerings", offerings(mdiCase));
            case INSURANCE_UPDATED -> payload.add("case_id", caseId).add("prescription_id", prescription(mdiCase, details)).add("metadata", metadata);
            case ORDER_STATUS_CHANGED, ORDER_TRACKING_CHANGED -> payload.add("encounter_id", caseId).add("case_id", caseId)
                    .add("order_status", text(details, "order_status")).add("order_details", text(details, "order_details"));
            default -> throw new IllegalArgumentException("event_type must be one of " + String.join(", ", ALL));
        }
        return payload.build();
    }

    /** The case's offerings as {@code offering_submitted} lists them: pending until the case is approved. */
    private static JsonArrayBuilder offerings(JsonObject mdiCase) {
        JsonArrayBuilder offerings = ApiJson.JSON.createArrayBuilder();
        List<JsonObject> given = mdiCase.getJsonArray("case_offerings").getValuesAs(JsonObject.class);
        String status = MdiCaseStatus.APPROVED.equals(MdiCaseStatus.of(mdiCase)) ? MdiCaseStatus.APPROVED : "pending";
        String updated = mdiCase.getJsonObject("case_status").getString("updated_at");
        for (int i = 0; i < given.size(); i++) {
            String offeringId = given.get(i).getString("offering_id");
            String title = given.get(i).getString("title");
            String caseOfferingId = MdiIds.of("mdi-case-offering-" + mdiCase.getString("case_id") + "-" + i);
            offerings.add(ApiJson.JSON.createObjectBuilder().add("id", caseOfferingId).add("case_offering_id", caseOfferingId)
                    .add("title", title).add("name", title).add("directions", JsonValue.NULL).add("is_additional_approval_needed", false)
                    .add("status", status).add("status_details", JsonValue.NULL).add("order", i + 1).add("is_important", false)
                    .add("offerable_type", OFFERABLE_TYPE).add("offerable_id", offeringId).add("order_status", JsonValue.NULL)
                    .add("order_date", JsonValue.NULL).add("order_details", JsonValue.NULL)
                    .add("created_at", mdiCase.getString("created_at")).add("updated_at", updated).add("deleted_at", JsonValue.NULL));
        }
        return offerings;
    }

    private static String prescription(JsonObject mdiCase, JsonObject details) {
        if (details.get("prescription_id") instanceof JsonString given && !given.getString().isBlank()) {
            return given.getString().trim();
        }
        return mdiCase.getJsonArray("prescriptions").getValuesAs(JsonObject.class).stream().findFirst()
                .map(prescription -> prescription.getString("prescription_id"))
                .orElseThrow(() -> new IllegalArgumentException("prescription_id is required: the case has no prescription"));
    }

    private static JsonValue text(JsonObject details, String field) {
        return details.get(field) instanceof JsonString given ? given : JsonValue.NULL;
    }
}

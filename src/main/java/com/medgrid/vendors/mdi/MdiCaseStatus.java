package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorUpdate;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A case as MD Integrations shows it ({@code GET /v1/partner/cases/{id}}), read as news about the
 * case's vendor order: {@code case_status.name} as {@code mdi_status}, its reason, and the assigned
 * clinician ({@code case_assignment.clinician}), whose NPI becomes the order's prescriber on approval.
 */
final class MdiCaseStatus {

    private static final Map<String, String> STATUS = Map.of(
            "created", Mdi.CREATED,
            "support", Mdi.PROCESSING,
            "assigned", Mdi.PROCESSING,
            "processing", Mdi.PROCESSING,
            "waiting", Mdi.WAITING,
            "approved", Mdi.APPROVED,
            "completed", Mdi.APPROVED,
            "declined", Mdi.DECLINED,
            "cancelled", Mdi.CANCELLED);

    private MdiCaseStatus() {
    }

    /** The case's news, at {@code at} (a webhook's first-attempt time), or at the status's own time when null. */
    static VendorUpdate of(JsonObject medicalCase, Instant at) {
        JsonObject status = object(medicalCase, "case_status");
        String name = status == null ? null : status.getString("name", null);
        Map<String, String> details = new LinkedHashMap<>();
        if (status != null && status.get("reason") instanceof JsonString reason && !reason.getString().isBlank()) {
            details.put(Mdi.STATUS_REASON, reason.getString());
        }
        JsonObject assignment = object(medicalCase, "case_assignment");
        JsonObject clinician = assignment == null ? null : object(assignment, "clinician");
        if (clinician != null) {
            putText(details, Mdi.CLINICIAN_NPI, clinician, "npi");
            putText(details, Mdi.CLINICIAN_NAME, clinician, "full_name");
        }
        return new VendorUpdate(status(name), at != null ? at : time(status), null, null, null, null, details);
    }

    /** MedGrid's word for an MD Integrations case status; one it does not know is shown as MD Integrations gives it. */
    static String status(String name) {
        return name == null ? null : STATUS.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    private static void putText(Map<String, String> details, String key, JsonObject from, String field) {
        if (from.get(field) instanceof JsonString text && !text.getString().isBlank()) {
            details.put(key, text.getString());
        }
    }

    private static JsonObject object(JsonObject from, String field) {
        JsonValue value = from.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static Instant time(JsonObject status) {
        String text = status == null ? null : status.getString("updated_at", null);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

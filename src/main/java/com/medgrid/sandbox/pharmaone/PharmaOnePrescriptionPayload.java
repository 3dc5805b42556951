package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.validation.Npi;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What PharmaOne checks in a prescription ({@code POST /prescriptions}): an {@code external_id}, the
 * patient's first and last name, the prescriber's NPI (ten digits with a valid check digit), a
 * product of the catalog that requires a prescription, and a whole quantity of at least 1. The
 * answer names every offending field as PharmaOne's 422 does ({@code prescriber.npi}).
 */
final class PharmaOnePrescriptionPayload {

    static final String INVALID_NPI = "must be a 10-digit NPI with a valid check digit";
    static final String NOT_PRESCRIPTION = "does not require a prescription";

    private PharmaOnePrescriptionPayload() {
    }

    /** Field path → what is wrong with it; empty when the prescription can be taken (a missing body has every field missing). */
    static Map<String, String> problems(JsonObject body) {
        JsonObject payload = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        Map<String, String> problems = new LinkedHashMap<>();
        if (PharmaOneOrderPayload.text(payload, "external_id").isBlank()) {
            problems.put("external_id", PharmaOneOrderPayload.REQUIRED);
        }
        JsonObject patient = payload.get("patient") instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT;
        for (String field : new String[] {"first_name", "last_name"}) {
            if (PharmaOneOrderPayload.text(patient, field).isBlank()) {
                problems.put("patient." + field, PharmaOneOrderPayload.REQUIRED);
            }
        }
        JsonObject prescriber = payload.get("prescriber") instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT;
        String npi = PharmaOneOrderPayload.text(prescriber, "npi");
        if (npi.isBlank()) {
            problems.put("prescriber.npi", PharmaOneOrderPayload.REQUIRED);
        } else if (!Npi.isValid(npi)) {
            problems.put("prescriber.npi", INVALID_NPI);
        }
        String productId = PharmaOneOrderPayload.text(payload, "product_id");
        if (productId.isBlank()) {
            problems.put("product_id", PharmaOneOrderPayload.REQUIRED);
        } else {
            PharmaOneCatalog.byId(productId).ifPresentOrElse(product -> {
                if (!product.prescription()) {
                    problems.put("product_id", NOT_PRESCRIPTION);
                }
            }, () -> problems.put("product_id", PharmaOneOrderPayload.UNKNOWN_PRODUCT));
        }
        if (!(payload.get("quantity") instanceof JsonNumber quantity) || !quantity.isIntegral() || quantity.longValue() < 1) {
            problems.put("quantity", PharmaOneOrderPayload.BAD_QUANTITY);
        }
        return problems;
    }
}

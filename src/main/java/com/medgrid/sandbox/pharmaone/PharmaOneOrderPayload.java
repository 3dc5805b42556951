package com.medgrid.sandbox.pharmaone;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What PharmaOne checks in an order payload, the same for v2 orders, v1 order requests and the
 * External Telemedicine Connector: an {@code external_id}, at least one item, each a product of the
 * catalog in a whole quantity of at least 1 (a product that requires a prescription with the
 * {@code prescription_id} of one of the org's prescriptions for it), and a shipping address it can ship to. The answer
 * names every offending field as PharmaOne's 422 does ({@code items[0].product_id}), so the
 * connector can report them all at once.
 */
final class PharmaOneOrderPayload {

    static final String REQUIRED = "is required";
    static final String UNKNOWN_PRODUCT = "unknown product";
    static final String BAD_QUANTITY = "must be a whole number of at least 1";
    static final String NO_ITEMS = "at least one item is required";
    static final String PRESCRIPTION_REQUIRED = "is required: the product requires a prescription";
    static final String UNKNOWN_PRESCRIPTION = "unknown prescription";
    static final String OTHER_PRODUCT = "is a prescription for another product";
    private static final List<String> ADDRESS_REQUIRED = List.of("address1", "city", "zip", "country");

    private PharmaOneOrderPayload() {
    }

    /** As {@link #problems(JsonObject, Function)} for an org with no prescriptions. */
    static Map<String, String> problems(JsonObject body) {
        return problems(body, id -> Optional.empty());
    }

    /**
     * Field path → what is wrong with it; empty when the order can be taken (never for a missing body, null).
     *
     * @param prescriptions the org's prescription with an id, if it has one
     */
    static Map<String, String> problems(JsonObject body, Function<String, Optional<JsonObject>> prescriptions) {
        JsonObject payload = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        Map<String, String> problems = new LinkedHashMap<>();
        if (text(payload, "external_id").isBlank()) {
            problems.put("external_id", REQUIRED);
        }
        JsonObject address = payload.get("shipping_address") instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT;
        ADDRESS_REQUIRED.stream().filter(field -> text(address, field).isBlank()).forEach(field -> problems.put("shipping_address." + field, REQUIRED));
        JsonArray items = payload.get("items") instanceof JsonArray given ? given : JsonValue.EMPTY_JSON_ARRAY;
        if (items.isEmpty()) {
            problems.put("items", NO_ITEMS);
        }
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.get(i) instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT;
            String productId = text(item, "product_id");
            if (productId.isBlank()) {
                problems.put("items[" + i + "].product_id", REQUIRED);
            } else if (PharmaOneCatalog.byId(productId).isEmpty()) {
                problems.put("items[" + i + "].product_id", UNKNOWN_PRODUCT);
            } else if (PharmaOneCatalog.byId(productId).get().prescription()) {
                String field = "items[" + i + "].prescription_id";
                prescriptionProblem(productId, text(item, "prescription_id"), prescriptions).ifPresent(problem -> problems.put(field, problem));
            }
            if (!(item.get("quantity") instanceof JsonNumber quantity) || !quantity.isIntegral() || quantity.longValue() < 1) {
                problems.put("items[" + i + "].quantity", BAD_QUANTITY);
            }
        }
        return problems;
    }

    /** What is wrong with the prescription a line of a prescription product names, if anything. */
    private static Optional<String> prescriptionProblem(String productId, String prescriptionId,
                                                        Function<String, Optional<JsonObject>> prescriptions) {
        if (prescriptionId.isBlank()) {
            return Optional.of(PRESCRIPTION_REQUIRED);
        }
        Optional<JsonObject> prescription = prescriptions.apply(prescriptionId);
        if (prescription.isEmpty()) {
            return Optional.of(UNKNOWN_PRESCRIPTION);
        }
        return productId.equals(text(prescription.get(), "product_id")) ? Optional.empty() : Optional.of(OTHER_PRODUCT);
    }

    /** The shop the payload names, null when it names none (or there is no payload). */
    static String shopId(JsonObject payload) {
        String shopId = payload == null ? "" : text(payload, "shop_id");
        return shopId.isEmpty() ? null : shopId;
    }

    /** A string field's text ("" when absent or not a string). */
    static String text(JsonObject object, String field) {
        return object.get(field) instanceof JsonString value ? value.getString().trim() : "";
    }
}

package com.medgrid.vendors.sinq;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Locale;
import java.util.Map;

/**
 * A SINQ webhook read from either of its two formats (integration guide, "Inbound Webhook from
 * SINQ"): flat {@code {reference, status, tracking}} or nested {@code {type: "order.shipped",
 * data: {reference, tracking}}}, with {@code tracking {trackingNumber, trackingUrl, shipBy}}.
 *
 * @param status MedGrid's {@code sinq_status} (Synced, Pending, Shipped, Completed, Cancelled, Failed)
 */
record SinqEvent(String reference, String status, String trackingNumber, String trackingUrl, String carrier) {

    static final Map<String, String> STATUSES = Map.of(
            "synced", "Synced",
            "pending", "Pending",
            "shipped", "Shipped",
            "completed", "Completed",
            "cancelled", "Cancelled",
            "failed", "Failed");
    private static final String NESTED_PREFIX = "order.";

    /** @throws IllegalArgumentException saying what is missing or unknown */
    static SinqEvent of(JsonObject event) {
        boolean nested = event.containsKey("type") || event.containsKey("data");
        JsonObject fields = nested ? object(event, "data") : event;
        if (fields == null) {
            throw new IllegalArgumentException("A nested SINQ webhook needs a data object.");
        }
        String sinqStatus = nested ? type(text(event, "type")) : text(event, "status");
        String status = sinqStatus == null ? null : STATUSES.get(sinqStatus.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new IllegalArgumentException("Unknown SINQ status " + sinqStatus + ": expected one of synced, pending, shipped, "
                    + "completed, cancelled, failed" + (nested ? " (as type order.<status>)." : "."));
        }
        String reference = text(fields, "reference");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("The SINQ webhook has no reference.");
        }
        JsonObject tracking = object(fields, "tracking");
        return new SinqEvent(reference.trim(), status, text(tracking, "trackingNumber"), text(tracking, "trackingUrl"), text(tracking, "shipBy"));
    }

    private static String type(String type) {
        return type != null && type.startsWith(NESTED_PREFIX) ? type.substring(NESTED_PREFIX.length()) : type;
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static String text(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(name);
        return value instanceof JsonString string && !string.getString().isBlank() ? string.getString() : null;
    }
}

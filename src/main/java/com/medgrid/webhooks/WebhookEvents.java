package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonException;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The events a subscription may ask for, spelled as the developer API's "Webhooks" section and payloads name them. */
public final class WebhookEvents {

    public static final List<String> NAMES = List.of("order.created", "order.paid", "order.partially_shipped", "order.shipped",
            "order.delivered", "order.refunded", "order.cancelled", "inventory.low_stock");

    private WebhookEvents() {
    }

    /**
     * The event names of a request: a JSON array of names, or text holding one (as form fields and
     * Frappe clients send JSON fields). Duplicates are dropped; 417 for anything else or an unknown name.
     */
    static List<String> parse(JsonValue value) {
        JsonValue list = value instanceof JsonString text ? read(text.getString()) : value;
        if (!(list instanceof JsonArray array) || array.isEmpty()) {
            throw ApiException.validation("events must be a non-empty JSON list of event names, e.g. [\"order.created\", \"order.shipped\"].");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString name) || !NAMES.contains(name.getString())) {
                throw ApiException.validation("events: " + item + " is not an event; the events are " + String.join(", ", NAMES) + ".");
            }
            names.add(name.getString());
        }
        return List.copyOf(names);
    }

    private static JsonValue read(String text) {
        try {
            return ApiJson.JSON.createReader(new StringReader(text)).readValue();
        } catch (JsonException e) {
            return null;
        }
    }

    static String toJson(List<String> names) {
        JsonArrayBuilder array = ApiJson.JSON.createArrayBuilder();
        names.forEach(array::add);
        return array.build().toString();
    }

    static List<String> fromJson(String json) {
        return ApiJson.JSON.createReader(new StringReader(json)).readArray().getValuesAs(JsonString::getString);
    }
}

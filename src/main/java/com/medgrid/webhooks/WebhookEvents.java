package com.medgrid.webhooks;

import com.medgrid.platform.api.NameList;
import jakarta.json.JsonValue;

import java.util.List;

/** The events a subscription may ask for, spelled as the developer API's "Webhooks" section and payloads name them. */
public final class WebhookEvents {

    public static final List<String> NAMES = List.of("order.created", "order.paid", "order.partially_shipped", "order.shipped",
            "order.delivered", "order.refunded", "order.cancelled", "inventory.low_stock");

    private WebhookEvents() {
    }

    /** The event names of a request field; 417 for an empty list, anything else or an unknown name. */
    static List<String> parse(JsonValue value) {
        return NameList.parse("events", value, NAMES, "[\"order.created\", \"order.shipped\"]");
    }

    static String toJson(List<String> names) {
        return NameList.toJson(names);
    }

    static List<String> fromJson(String json) {
        return NameList.fromJson(json);
    }
}

package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookEventsTest {

    @Test
    void aListOrTextHoldingOneIsReadWithoutDuplicates() {
        assertEquals(List.of("order.created", "order.shipped"),
                WebhookEvents.parse(Json.createArrayBuilder().add("order.created").add("order.shipped").add("order.created").build()));
        assertEquals(List.of("inventory.low_stock"), WebhookEvents.parse(Json.createValue("[\"inventory.low_stock\"]")));
        assertEquals("[\"order.paid\",\"order.refunded\"]", WebhookEvents.toJson(List.of("order.paid", "order.refunded")));
        assertEquals(List.of("order.paid"), WebhookEvents.fromJson("[\"order.paid\"]"));
    }

    @Test
    void unknownEmptyOrMalformedEventsAreRefused() {
        ApiException unknown = assertThrows(ApiException.class,
                () -> WebhookEvents.parse(Json.createArrayBuilder().add("order.shiped").build()));
        assertTrue(unknown.getMessage().contains("\"order.shiped\" is not one of"));
        assertTrue(unknown.getMessage().contains("order.partially_shipped"));
        assertThrows(ApiException.class, () -> WebhookEvents.parse(JsonValue.EMPTY_JSON_ARRAY));
        assertThrows(ApiException.class, () -> WebhookEvents.parse(Json.createValue("order.created")));
        assertThrows(ApiException.class, () -> WebhookEvents.parse(Json.createArrayBuilder().add(1).build()));
        assertThrows(ApiException.class, () -> WebhookEvents.parse(null));
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorUpdate;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ShopifyOrderNewsTest {

    @Test
    void aFulfilledGraphqlOrderCarriesItsFirstTracking() {
        JsonObject order = Json.createObjectBuilder().add("id", "gid://shopify/Order/1").add("displayFulfillmentStatus", "FULFILLED")
                .addNull("cancelledAt").add("updatedAt", "2026-12-06T10:00:00-05:00")
                .add("fulfillments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("trackingInfo", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("number", "1Z999").add("company", "UPS").add("url", "https://ups.example/1Z999")))))
                .build();
        assertEquals(new VendorUpdate("Fulfilled", Instant.parse("2026-12-06T15:00:00Z"), "1Z999", "UPS", "https://ups.example/1Z999"),
                ShopifyOrderNews.ofGraphql(order));
    }

    @Test
    void cancelledWinsAndOtherStatusesAreUnfulfilled() {
        assertEquals("Cancelled", ShopifyOrderNews.ofGraphql(Json.createObjectBuilder().add("displayFulfillmentStatus", "FULFILLED")
                .add("cancelledAt", "2026-12-06T10:00:00Z").build()).status());
        assertEquals("Partially Fulfilled", ShopifyOrderNews.ofGraphql(Json.createObjectBuilder()
                .add("displayFulfillmentStatus", "PARTIALLY_FULFILLED").build()).status());
        assertEquals("Unfulfilled", ShopifyOrderNews.ofGraphql(Json.createObjectBuilder().add("displayFulfillmentStatus", "ON_HOLD").build()).status());
    }

    @Test
    void aWebhookOrderIsReadInItsRestShapeAtTheTriggerTime() {
        JsonObject order = Json.createObjectBuilder().add("id", 4567890123L).add("fulfillment_status", "fulfilled").addNull("cancelled_at")
                .add("updated_at", "2026-12-06T09:00:00Z")
                .add("fulfillments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("tracking_number", "1Z999AA10123456784")
                        .add("tracking_company", "UPS").add("tracking_urls", Json.createArrayBuilder().add("https://ups.com/track?number=1Z999"))))
                .build();
        Instant triggered = Instant.parse("2026-12-06T09:00:05Z");
        assertEquals(new VendorUpdate("Fulfilled", triggered, "1Z999AA10123456784", "UPS", "https://ups.com/track?number=1Z999"),
                ShopifyOrderNews.ofWebhook(order, triggered));
        assertEquals(Instant.parse("2026-12-06T09:00:00Z"), ShopifyOrderNews.ofWebhook(order, null).at());
        VendorUpdate partial = ShopifyOrderNews.ofWebhook(Json.createObjectBuilder().add("fulfillment_status", "partial").build(), null);
        assertEquals("Partially Fulfilled", partial.status());
        assertNull(partial.trackingNumber());
    }
}

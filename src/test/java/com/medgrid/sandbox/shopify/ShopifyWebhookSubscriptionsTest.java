package com.medgrid.sandbox.shopify;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyWebhookSubscriptionsTest {

    @Test
    void aWebhookTopicIsSubscribedToByItsGraphQlName() {
        assertEquals("ORDERS_FULFILLED", ShopifyWebhookSubscriptions.topic(ShopifyOrderEvents.FULFILLED));
        assertEquals("ORDERS_CANCELLED", ShopifyWebhookSubscriptions.topic(ShopifyOrderEvents.CANCELLED));
        assertEquals("ORDERS_UPDATED", ShopifyWebhookSubscriptions.topic(ShopifyOrderEvents.UPDATED));
        assertEquals(Set.of("ORDERS_UPDATED", "ORDERS_FULFILLED", "ORDERS_CANCELLED"), ShopifyWebhookSubscriptions.TOPICS,
                "exactly the topics the simulator sends");
    }

    @Test
    void anAddressIsAnAbsoluteHttpUrl() {
        assertTrue(ShopifyWebhookSubscriptions.validUri("http://localhost:9080/api/method/medgrid.shopify.webhook?token=abc"));
        assertTrue(ShopifyWebhookSubscriptions.validUri("https://medgrid.example/hooks"));
        assertFalse(ShopifyWebhookSubscriptions.validUri("/api/method/medgrid.shopify.webhook"), "relative");
        assertFalse(ShopifyWebhookSubscriptions.validUri("ftp://medgrid.example/hooks"), "not http");
        assertFalse(ShopifyWebhookSubscriptions.validUri("https:///hooks"), "no host");
        assertFalse(ShopifyWebhookSubscriptions.validUri("not a url"));
        assertFalse(ShopifyWebhookSubscriptions.validUri(""));
    }
}

package com.medgrid.vendors.shopify;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyCallbackHmacTest {

    /** The example of Shopify's OAuth documentation (secret "hush"). */
    private static Map<String, List<String>> documented() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("code", List.of("0907a61c0c8d55e99db179b68161bc00"));
        query.put("hmac", List.of("700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"));
        query.put("shop", List.of("some-shop.myshopify.com"));
        query.put("state", List.of("0.6784241404160823"));
        query.put("timestamp", List.of("1337178173"));
        return query;
    }

    @Test
    void theDocumentedExampleVerifies() {
        assertEquals("700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf", ShopifyCallbackHmac.of(documented(), "hush"));
        assertTrue(ShopifyCallbackHmac.verifies(documented(), "hush"));
    }

    @Test
    void anyChangedParameterOrSecretFails() {
        Map<String, List<String>> tampered = documented();
        tampered.put("shop", List.of("other-shop.myshopify.com"));
        assertFalse(ShopifyCallbackHmac.verifies(tampered, "hush"));
        assertFalse(ShopifyCallbackHmac.verifies(documented(), "other"));
        Map<String, List<String>> unsigned = documented();
        unsigned.remove("hmac");
        assertFalse(ShopifyCallbackHmac.verifies(unsigned, "hush"));
    }
}

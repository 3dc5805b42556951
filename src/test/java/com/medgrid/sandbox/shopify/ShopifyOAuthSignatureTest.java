package com.medgrid.sandbox.shopify;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShopifyOAuthSignatureTest {

    /** Shopify's own documented example: these parameters under the secret "hush". */
    @Test
    void signsAsShopifyDocumentsIt() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("shop", "some-shop.myshopify.com");
        query.put("timestamp", "1337178173");
        query.put("code", "0907a61c0c8d55e99db179b68161bc00");
        query.put("state", "0.6784241404160823");
        assertEquals("700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf", ShopifyOAuthSignature.hmac(query, "hush"));
    }

    @Test
    void leavesOutHmacAndSignatureAndSortsTheRestByName() {
        Map<String, String> query = Map.of("timestamp", "1", "hmac", "x", "signature", "y", "code", "c", "host", "h", "shop", "s.myshopify.com");
        assertEquals("code=c&host=h&shop=s.myshopify.com&timestamp=1", ShopifyOAuthSignature.message(query));
    }
}

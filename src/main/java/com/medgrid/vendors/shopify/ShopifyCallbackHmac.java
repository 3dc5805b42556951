package com.medgrid.vendors.shopify;

import com.medgrid.platform.crypto.HmacSigner;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Shopify's signature of an OAuth callback: the lowercase hex HMAC-SHA256, under the app's API
 * secret, of every query parameter but {@code hmac} (and the legacy {@code signature}), sorted by
 * name and joined as {@code name=value&...}.
 */
final class ShopifyCallbackHmac {

    private ShopifyCallbackHmac() {
    }

    static String of(Map<String, List<String>> query, String secret) {
        Map<String, String> signed = new TreeMap<>();
        query.forEach((name, values) -> {
            if (!name.equals("hmac") && !name.equals("signature")) {
                signed.put(name, String.join(",", values));
            }
        });
        String message = signed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        return HmacSigner.hex(secret, message);
    }

    /** Whether the callback's {@code hmac} is Shopify's, compared in constant time. */
    static boolean verifies(Map<String, List<String>> query, String secret) {
        List<String> presented = query.get("hmac");
        return presented != null && presented.size() == 1 && HmacSigner.matches(of(query, secret), presented.get(0));
    }
}

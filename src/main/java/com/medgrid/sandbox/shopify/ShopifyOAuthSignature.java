package com.medgrid.sandbox.shopify;

import com.medgrid.platform.crypto.HmacSigner;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Shopify's rule for the {@code hmac} of an OAuth redirect: every other query parameter
 * ({@code signature} too is left out), sorted by name, joined {@code k=v&k=v}, signed with the app's
 * API secret as lowercase hex HMAC-SHA256. Values are taken as the app reads them, decoded.
 */
final class ShopifyOAuthSignature {

    private ShopifyOAuthSignature() {
    }

    static String message(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(p -> !p.getKey().equals("hmac") && !p.getKey().equals("signature"))
                .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining("&"));
    }

    static String hmac(Map<String, String> parameters, String apiSecret) {
        return HmacSigner.hex(apiSecret, message(parameters));
    }
}

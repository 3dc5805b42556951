package com.medgrid.platform.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/** The one HMAC-SHA256 signer: signs webhook payloads and verifies vendors' signatures in constant time. */
public final class HmacSigner {

    private HmacSigner() {
    }

    /** Lowercase hex HMAC-SHA256 of {@code message} under {@code key} (its UTF-8 bytes). */
    public static String hex(String key, String message) {
        return HexFormat.of().formatHex(mac(key.getBytes(StandardCharsets.UTF_8), message));
    }

    /** Lowercase hex HMAC-SHA256 of raw bytes (a request body as it arrived) under a UTF-8 key (MD Integrations' webhook signature). */
    public static String hex(String key, byte[] message) {
        return HexFormat.of().formatHex(mac(key.getBytes(StandardCharsets.UTF_8), message));
    }

    /** Standard base64 HMAC-SHA256 of {@code message} under raw key bytes (Standard Webhooks signatures). */
    public static String base64(byte[] key, String message) {
        return Base64.getEncoder().encodeToString(mac(key, message));
    }

    /** Standard base64 HMAC-SHA256 of raw bytes (a request body as it arrived) under a UTF-8 key (Shopify's webhook signature). */
    public static String base64(String key, byte[] message) {
        return Base64.getEncoder().encodeToString(mac(key.getBytes(StandardCharsets.UTF_8), message));
    }

    private static byte[] mac(byte[] key, String message) {
        return mac(key, message.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Lowercase hex SHA-256 of raw bytes (a request body as it arrived). */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether {@code presented} equals the expected base64 signature, compared in constant time. */
    public static boolean matchesBase64(String expectedBase64, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedBase64.getBytes(StandardCharsets.US_ASCII), presented.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code presented} equals the expected hex signature, compared in constant time and case-insensitively. */
    public static boolean matches(String expectedHex, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                presented.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}

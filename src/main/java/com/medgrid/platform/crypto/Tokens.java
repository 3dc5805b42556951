package com.medgrid.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * Random bearer values (API keys and secrets, session ids) and their stored form. They carry at
 * least 128 bits of entropy, so a plain SHA-256 is a safe stored form and keeps every authenticated
 * request cheap; passwords, which people choose, use PBKDF2 instead.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Tokens() {
    }

    /** {@code length} characters of [a-z0-9]; 26 characters carry more than 128 bits. */
    public static String random(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    /** {@code bytes} random bytes in standard base64, for keys that other software decodes (webhook signing secrets). */
    public static String randomBase64(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return java.util.Base64.getEncoder().encodeToString(raw);
    }

    public static String sha256Hex(String value) {
        return HmacSigner.sha256Hex(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Constant-time check of a presented value against its stored SHA-256. */
    public static boolean matchesHash(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256Hex(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}

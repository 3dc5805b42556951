package com.medgrid.platform.crypto;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretBoxTest {

    private static final SecretBox BOX = SecretBox.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void aSealedSecretOpensWithTheSameKeyAndContextOnly() {
        String sealed = BOX.seal("ss-api-secret", "connection:abc:api_secret");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("ss-api-secret"));
        assertEquals("ss-api-secret", BOX.open(sealed, "connection:abc:api_secret"));
        assertThrows(IllegalArgumentException.class, () -> BOX.open(sealed, "connection:xyz:api_secret"));
        SecretBox other = SecretBox.fromBase64(Base64.getEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
        assertThrows(IllegalArgumentException.class, () -> other.open(sealed, "connection:abc:api_secret"));
    }

    @Test
    void everySealUsesAFreshNonceAndTamperingIsDetected() {
        String a = BOX.seal("same", "ctx");
        assertNotEquals(a, BOX.seal("same", "ctx"));
        byte[] raw = Base64.getDecoder().decode(a.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> BOX.open("v1:" + Base64.getEncoder().encodeToString(raw), "ctx"));
        assertThrows(IllegalArgumentException.class, () -> BOX.open("plain text", "ctx"));
    }

    @Test
    void badKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SecretBox.fromBase64("not base64!"));
        assertThrows(IllegalArgumentException.class, () -> SecretBox.fromBase64(Base64.getEncoder().encodeToString(new byte[10])));
    }
}

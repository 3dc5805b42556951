package com.medgrid.platform.crypto;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {

    @Test
    void randomTokensHaveTheLengthAndAlphabetAndDiffer() {
        String token = Tokens.random(32);
        assertEquals(32, token.length());
        assertTrue(token.matches("[a-z0-9]+"));
        assertNotEquals(token, Tokens.random(32));
    }

    @Test
    void randomBase64DecodesToTheRequestedBytesAndDiffers() {
        String token = Tokens.randomBase64(32);
        assertEquals(32, java.util.Base64.getDecoder().decode(token).length);
        assertNotEquals(token, Tokens.randomBase64(32));
    }

    @Test
    void sha256IsTheStandardDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.sha256Hex("abc"));
    }

    @Test
    void matchesHashComparesAgainstTheStoredDigest() {
        String stored = Tokens.sha256Hex("secret");
        assertTrue(Tokens.matchesHash("secret", stored));
        assertFalse(Tokens.matchesHash("Secret", stored));
        assertFalse(Tokens.matchesHash(null, stored));
        assertFalse(Tokens.matchesHash("secret", null));
    }
}

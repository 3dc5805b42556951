package com.medgrid.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HmacSignerTest {

    @Test
    void matchesTheRfc4231TestVector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HmacSigner.hex("Jefe", "what do ya want for nothing?"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HmacSigner.sha256Hex(new byte[0]));
    }

    @Test
    void verificationIsExactButIgnoresHexCase() {
        String signature = HmacSigner.hex("secret", "nonce" + "1700000000" + HmacSigner.sha256Hex("{}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(HmacSigner.matches(signature, signature.toUpperCase()));
        assertFalse(HmacSigner.matches(signature, signature.substring(1) + "0"));
        assertFalse(HmacSigner.matches(signature, null));
        assertFalse(HmacSigner.matches(signature, ""));
    }

    @Test
    void hexOfRawBytesIsRfc4231sVector() {
        // RFC 4231 test case 2: MD Integrations' Signature is this, over the body's bytes
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HmacSigner.hex("Jefe", "what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}

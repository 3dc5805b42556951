package com.medgrid.vendors.sinq;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinqSignatureTest {

    private static final byte[] BODY = "{\"reference\":\"SO-2026-00001\",\"status\":\"shipped\"}".getBytes(StandardCharsets.UTF_8);

    /** Computed with the JDK, not the application's signer. */
    private static String jdkSignature(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void theRightKeyPassesWhenNoSecretIsConfigured() {
        assertEquals(Optional.empty(), SinqSignature.check("Hook-Key", null, "Hook-Key", null, BODY));
    }

    @Test
    void aMissingOrDifferentKeyFailsCaseIncluded() {
        assertTrue(SinqSignature.check("Hook-Key", null, null, null, BODY).isPresent());
        assertTrue(SinqSignature.check("Hook-Key", null, "hook-key", null, BODY).isPresent());
        assertTrue(SinqSignature.check("Hook-Key", null, "Hook-Key-and-more", null, BODY).isPresent());
    }

    @Test
    void withASecretTheBodysSignatureIsRequired() throws Exception {
        String signature = jdkSignature("s3cret", BODY);
        assertEquals(signature, SinqSignature.sign("s3cret", BODY));
        assertEquals(Optional.empty(), SinqSignature.check("k", "s3cret", "k", signature, BODY));
        assertEquals(Optional.empty(), SinqSignature.check("k", "s3cret", "k", signature.toUpperCase().replace("SHA256=", "sha256="), BODY));
        assertTrue(SinqSignature.check("k", "s3cret", "k", null, BODY).isPresent());
        assertTrue(SinqSignature.check("k", "s3cret", "k", signature.substring("sha256=".length()), BODY).isPresent());
        assertTrue(SinqSignature.check("k", "s3cret", "k", jdkSignature("other", BODY), BODY).isPresent());
        assertTrue(SinqSignature.check("k", "s3cret", "k", signature, "{}".getBytes(StandardCharsets.UTF_8)).isPresent());
        assertTrue(SinqSignature.check("k", "s3cret", "wrong", signature, BODY).isPresent());
    }
}

package com.medgrid.vendors.sinq;

import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.crypto.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a SINQ webhook proves it is SINQ's: the {@code key} header equals the connection's
 * {@code sinq_webhook_key}, and, when a {@code sinq_webhook_secret} is configured,
 * {@code X-Webhook-Signature: sha256=<lowercase hex HMAC-SHA256(secret, raw body)>}. Both compared in constant time.
 */
final class SinqSignature {

    static final String PREFIX = "sha256=";

    private SinqSignature() {
    }

    static String sign(String secret, byte[] body) {
        return PREFIX + HmacSigner.hex(secret, new String(body, StandardCharsets.UTF_8));
    }

    /** @return why the request is refused, or empty when it is SINQ's */
    static Optional<String> check(String webhookKey, String secret, String presentedKey, String signature, byte[] body) {
        // compared as hashes, of one length whatever was presented: the comparison reveals nothing of the key
        if (!Tokens.matchesHash(presentedKey, Tokens.sha256Hex(webhookKey))) {
            return Optional.of("Wrong or missing key header: it must be the sinq_webhook_key configured for SINQ Ops.");
        }
        if (secret == null) {
            return Optional.empty();
        }
        if (signature == null || !signature.trim().regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.of("Missing X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the body>.");
        }
        if (!HmacSigner.matches(sign(secret, body).substring(PREFIX.length()), signature.trim().substring(PREFIX.length()))) {
            return Optional.of("Invalid X-Webhook-Signature.");
        }
        return Optional.empty();
    }
}

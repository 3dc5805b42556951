package com.medgrid.vendors.perfectrx;

import com.medgrid.platform.crypto.HmacSigner;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * PerfectRx's webhook signature: {@code X-PerfectRx-Signature} = lowercase hex
 * HMAC-SHA256(key = client secret, message = nonce + timestamp + lowercase hex SHA-256(raw body)),
 * with {@code X-PerfectRx-Timestamp} in Unix seconds no more than five minutes from now.
 */
final class PerfectRxSignature {

    static final Duration WINDOW = Duration.ofMinutes(5);

    private PerfectRxSignature() {
    }

    static String sign(String clientSecret, String nonce, String timestamp, byte[] body) {
        return HmacSigner.hex(clientSecret, nonce + timestamp + HmacSigner.sha256Hex(body));
    }

    /** @return why the request is refused, or empty when signature and timestamp hold */
    static Optional<String> check(String clientSecret, String signature, String nonce, String timestamp, byte[] body, Instant now) {
        if (signature == null || nonce == null || timestamp == null || nonce.isBlank()) {
            return Optional.of("Missing X-PerfectRx-Signature, X-PerfectRx-Nonce or X-PerfectRx-Timestamp.");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Optional.of("X-PerfectRx-Timestamp is not Unix seconds.");
        }
        // compared as plain seconds: any long parses, and far-off values must be refused, not
        // overflow Instant or Duration (both throw on them)
        long skew = WINDOW.toSeconds();
        if (seconds < now.getEpochSecond() - skew || seconds > now.getEpochSecond() + skew) {
            return Optional.of("X-PerfectRx-Timestamp is more than 5 minutes from now.");
        }
        if (!HmacSigner.matches(sign(clientSecret, nonce, timestamp.trim(), body), signature)) {
            return Optional.of("Invalid X-PerfectRx-Signature.");
        }
        return Optional.empty();
    }
}

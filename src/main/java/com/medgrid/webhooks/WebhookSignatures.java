package com.medgrid.webhooks;

import com.medgrid.platform.crypto.HmacSigner;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The headers that let a receiver check a delivery came from MedGrid, in both schemes it may verify:
 * <ul>
 * <li>the developer API's: {@code X-MedGrid-Signature}, the hex HMAC-SHA256 of the raw body keyed
 * with the secret string as it is ({@code secret.encode()}), and {@code X-MedGrid-Timestamp} (Unix
 * seconds);</li>
 * <li>Standard Webhooks': {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
 * ({@code v1,<base64 HMAC-SHA256 of id.timestamp.body>} keyed with the base64-decoded part after
 * {@code whsec_}), so that its libraries verify deliveries unchanged.</li>
 * </ul>
 * During the day after a rotation the previous secret signs too: a second {@code v1,} signature, and
 * {@code X-MedGrid-Signature-Previous}, so receivers still holding it keep verifying.
 */
final class WebhookSignatures {

    private WebhookSignatures() {
    }

    /** @param secrets the signing secrets, the current one first ({@link WebhookSecrets#signing}) */
    static Map<String, String> headers(String eventId, long timestamp, String body, List<String> secrets) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-MedGrid-Signature", HmacSigner.hex(secrets.get(0), body));
        if (secrets.size() > 1) {
            headers.put("X-MedGrid-Signature-Previous", HmacSigner.hex(secrets.get(1), body));
        }
        headers.put("X-MedGrid-Timestamp", Long.toString(timestamp));
        headers.put("webhook-id", eventId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        String signed = eventId + "." + timestamp + "." + body;
        headers.put("webhook-signature", secrets.stream()
                .map(secret -> "v1," + HmacSigner.base64(keyBytes(secret), signed))
                .collect(Collectors.joining(" ")));
        return headers;
    }

    /** The key Standard Webhooks signs with: the base64 after {@code whsec_}. */
    private static byte[] keyBytes(String secret) {
        return Base64.getDecoder().decode(secret.substring(WebhookSecrets.PREFIX.length()));
    }
}

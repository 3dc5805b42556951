package com.medgrid.webhooks;

import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.crypto.Tokens;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Both signature schemes, checked by independent verifiers: the developer API's algorithm and Standard Webhooks' own library. */
class WebhookSignaturesTest {

    private static final String BODY = "{\"id\":\"evt_1\",\"event\":\"order.shipped\",\"sales_order\":\"SO-2026-00001\"}";

    private static String secret() {
        return WebhookSecrets.PREFIX + Tokens.randomBase64(32);
    }

    private static Map<String, List<String>> asHeaders(Map<String, String> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> List.of(e.getValue())));
    }

    @Test
    void theMedGridSignatureIsTheHexHmacOfTheRawBodyKeyedWithTheSecretString() {
        String secret = secret();
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = WebhookSignatures.headers("evt_1", now, BODY, List.of(secret));
        // the spec's verifier: hmac.new(secret.encode(), raw_body, sha256).hexdigest()
        assertEquals(HmacSigner.hex(secret, BODY), headers.get("X-MedGrid-Signature"));
        assertEquals(Long.toString(now), headers.get("X-MedGrid-Timestamp"));
        assertFalse(headers.containsKey("X-MedGrid-Signature-Previous"));
    }

    @Test
    void theStandardWebhooksLibraryVerifiesTheDeliveryAndRejectsATamperedOne() {
        String secret = secret();
        Map<String, String> headers = WebhookSignatures.headers("evt_1", Instant.now().getEpochSecond(), BODY, List.of(secret));
        assertEquals("evt_1", headers.get("webhook-id"));
        assertDoesNotThrow(() -> new Webhook(secret).verify(BODY, asHeaders(headers)));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret).verify(BODY.replace("00001", "00002"), asHeaders(headers)));
        assertThrows(WebhookVerificationException.class, () -> new Webhook(secret()).verify(BODY, asHeaders(headers)));
    }

    @Test
    void duringARotationBothSecretsSign() {
        String current = secret();
        String previous = secret();
        Map<String, String> headers = WebhookSignatures.headers("evt_2", Instant.now().getEpochSecond(), BODY, List.of(current, previous));
        assertDoesNotThrow(() -> new Webhook(current).verify(BODY, asHeaders(headers)));
        assertDoesNotThrow(() -> new Webhook(previous).verify(BODY, asHeaders(headers)));
        assertEquals(HmacSigner.hex(current, BODY), headers.get("X-MedGrid-Signature"));
        assertEquals(HmacSigner.hex(previous, BODY), headers.get("X-MedGrid-Signature-Previous"));
    }
}

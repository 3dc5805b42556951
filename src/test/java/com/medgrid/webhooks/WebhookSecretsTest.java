package com.medgrid.webhooks;

import com.medgrid.platform.crypto.SecretBox;
import com.medgrid.platform.crypto.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSecretsTest {

    private static final Instant T0 = Instant.parse("2026-05-20T12:00:00Z");

    private final WebhookSecrets secrets = new WebhookSecrets();

    WebhookSecretsTest() {
        SecretBox box = SecretBox.fromBase64(Tokens.randomBase64(32));
        secrets.box = () -> box;
    }

    @Test
    void aSecretIsWhsecAndBase64Of32RandomBytesStoredSealed() {
        WebhookSubscription subscription = new WebhookSubscription("WH-a");
        String secret = secrets.issue(subscription, T0);
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertFalse(subscription.sealedSigningSecrets(T0).get(0).contains(secret.substring(6)));
        assertEquals(List.of(secret), secrets.signing(subscription, T0));
        assertNotEquals(secret, secrets.issue(new WebhookSubscription("WH-b"), T0));
    }

    @Test
    void theRotatedOutSecretSignsAlongsideForTwentyFourHours() {
        WebhookSubscription subscription = new WebhookSubscription("WH-a");
        String first = secrets.issue(subscription, T0);
        Instant rotated = T0.plus(Duration.ofDays(3));
        String second = secrets.issue(subscription, rotated);

        assertEquals(rotated.plus(Duration.ofHours(24)), subscription.getPreviousSecretExpiresAt());
        assertEquals(List.of(second, first), secrets.signing(subscription, rotated));
        assertEquals(List.of(second, first), secrets.signing(subscription, rotated.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertEquals(List.of(second), secrets.signing(subscription, rotated.plus(Duration.ofHours(24))));
    }

    @Test
    void rotatingAgainRetiresTheOldestSecret() {
        WebhookSubscription subscription = new WebhookSubscription("WH-a");
        secrets.issue(subscription, T0);
        String second = secrets.issue(subscription, T0.plusSeconds(60));
        String third = secrets.issue(subscription, T0.plusSeconds(120));
        assertEquals(List.of(third, second), secrets.signing(subscription, T0.plusSeconds(180)));
    }

    @Test
    void aSealedSecretOpensOnlyForItsOwnSubscription() {
        WebhookSubscription a = new WebhookSubscription("WH-a");
        secrets.issue(a, T0);
        WebhookSubscription copy = new WebhookSubscription("WH-b");
        copy.replaceSecret(a.sealedSigningSecrets(T0).get(0), T0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> secrets.signing(copy, T0));
    }
}

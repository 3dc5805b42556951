package com.medgrid.webhooks;

import com.medgrid.platform.crypto.SecretBox;
import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Signing secrets of subscriptions: {@code whsec_} + base64 of 32 random bytes, the Standard
 * Webhooks form, so receivers can verify with its libraries. Sealed with the {@link SecretBox}
 * bound to the subscription's name; the plain secret leaves the server only in the answer to the
 * create or rotate call that made it.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final String PREFIX = "whsec_";
    /** How long a rotated-out secret keeps signing, so that receivers can switch without missing deliveries. */
    static final Duration OVERLAP = Duration.ofHours(24);

    @Inject
    Provider<SecretBox> box;

    /** Gives the subscription a new secret, the previous one (if any) signing alongside for {@link #OVERLAP}; returns the new one. */
    String issue(WebhookSubscription subscription, Instant now) {
        String secret = PREFIX + Tokens.randomBase64(32);
        subscription.replaceSecret(box.get().seal(secret, subscription.getName()), now.plus(OVERLAP));
        return secret;
    }

    /** The secrets that sign a delivery made at {@code now}, the current one first (for the delivery relay). */
    List<String> signing(WebhookSubscription subscription, Instant now) {
        return subscription.sealedSigningSecrets(now).stream().map(sealed -> box.get().open(sealed, subscription.getName())).toList();
    }
}

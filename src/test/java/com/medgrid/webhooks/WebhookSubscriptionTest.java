package com.medgrid.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the server disables a subscription by itself, and how its owner brings it back. */
class WebhookSubscriptionTest {

    private static final Duration FIVE_DAYS = Duration.ofDays(5);
    private static final Instant T0 = Instant.parse("2026-05-20T00:00:00Z");

    @Test
    void aSubscriptionFailingContinuouslyForFiveDaysIsDisabledSayingWhy() {
        WebhookSubscription subscription = new WebhookSubscription("WH-1");
        assertFalse(subscription.deliveryFailed(T0, FIVE_DAYS));
        assertFalse(subscription.deliveryFailed(T0.plus(Duration.ofDays(4)), FIVE_DAYS));
        assertTrue(subscription.isEnabled());
        assertTrue(subscription.deliveryFailed(T0.plus(FIVE_DAYS), FIVE_DAYS));
        assertFalse(subscription.isEnabled());
        assertFalse(subscription.deliveryFailed(T0.plus(Duration.ofDays(6)), FIVE_DAYS), "disabled once, not again");
    }

    @Test
    void aDeliveryThatGetsThroughStartsTheCountAgain() {
        WebhookSubscription subscription = new WebhookSubscription("WH-2");
        subscription.deliveryFailed(T0, FIVE_DAYS);
        subscription.deliverySucceeded();
        assertFalse(subscription.deliveryFailed(T0.plus(Duration.ofDays(5)), FIVE_DAYS));
        assertTrue(subscription.isEnabled());
    }

    @Test
    void goneDisablesAtOnce() {
        WebhookSubscription subscription = new WebhookSubscription("WH-3");
        subscription.gone(T0);
        assertFalse(subscription.isEnabled());
    }
}

package com.medgrid.webhooks;

import com.medgrid.platform.outbox.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Outbound webhook timing, from MicroProfile Config ({@code medgrid.webhooks.*}, ISO-8601 durations). */
@ApplicationScoped
public class WebhookSettings {

    /** How long a receiver has to answer (the developer API promises 5 seconds). */
    @Inject
    @ConfigProperty(name = "medgrid.webhooks.timeout", defaultValue = "PT5S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "medgrid.webhooks.retry-first-delay", defaultValue = "PT30S")
    Duration retryFirstDelay;

    @Inject
    @ConfigProperty(name = "medgrid.webhooks.retry-max-delay", defaultValue = "PT1H")
    Duration retryMaxDelay;

    /** How long a delivery is retried before it fails (the developer API: "for up to 24 hours"). */
    @Inject
    @ConfigProperty(name = "medgrid.webhooks.give-up-after", defaultValue = "PT24H")
    Duration giveUpAfter;

    /** A subscription whose deliveries have all failed for this long is disabled. */
    @Inject
    @ConfigProperty(name = "medgrid.webhooks.disable-after", defaultValue = "P5D")
    Duration disableAfter;

    /** How long a relay's claim on a delivery lasts; longer than any attempt takes. */
    @Inject
    @ConfigProperty(name = "medgrid.webhooks.claim-lease", defaultValue = "PT1M")
    Duration claimLease;

    @Inject
    @ConfigProperty(name = "medgrid.webhooks.sweep-batch", defaultValue = "50")
    int sweepBatch;

    @Inject
    @ConfigProperty(name = "medgrid.webhooks.allow-insecure-urls", defaultValue = "false")
    boolean allowInsecureUrls;

    RetryPolicy retryPolicy() {
        return new RetryPolicy(retryFirstDelay, retryMaxDelay, giveUpAfter);
    }

    Duration timeout() {
        return timeout;
    }

    Duration disableAfter() {
        return disableAfter;
    }

    Duration claimLease() {
        return claimLease;
    }

    int sweepBatch() {
        return sweepBatch;
    }

    WebhookUrls urls() {
        return new WebhookUrls(allowInsecureUrls, java.net.InetAddress::getAllByName);
    }
}

package com.medgrid.fulfillment;

import com.medgrid.platform.outbox.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The relay's timing, from MicroProfile Config ({@code medgrid.fulfillment.*}, ISO-8601 durations). */
@ApplicationScoped
public class FulfillmentSettings {

    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.retry-first-delay", defaultValue = "PT30S")
    Duration retryFirstDelay;

    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.retry-max-delay", defaultValue = "PT30M")
    Duration retryMaxDelay;

    /** How long a dispatch keeps being retried before it fails for an admin to look at. */
    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.give-up-after", defaultValue = "PT24H")
    Duration giveUpAfter;

    /** How long a relay's claim on a dispatch lasts; longer than any vendor call may take. */
    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.claim-lease", defaultValue = "PT2M")
    Duration claimLease;

    /** How often a dispatch without a configured connector looks again. */
    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.waiting-recheck", defaultValue = "PT5M")
    Duration waitingRecheck;

    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.sweep-batch", defaultValue = "20")
    int sweepBatch;

    /** When to try a dispatch again whose vendor's circuit is open: about when the breaker may let a call through. */
    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.breaker-retry", defaultValue = "PT30S")
    Duration breakerRetry;

    RetryPolicy retryPolicy() {
        return new RetryPolicy(retryFirstDelay, retryMaxDelay, giveUpAfter);
    }

    Duration claimLease() {
        return claimLease;
    }

    Duration waitingRecheck() {
        return waitingRecheck;
    }

    int sweepBatch() {
        return sweepBatch;
    }

    Duration breakerRetry() {
        return breakerRetry;
    }
}

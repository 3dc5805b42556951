package com.medgrid.fulfillment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a dispatch again: exponential back-off from {@code firstDelay}, capped at
 * {@code maxDelay}, with jitter so that dispatches that failed together do not return together;
 * never earlier than the vendor asked. After {@code giveUpAfter} since it was queued, a dispatch
 * fails for an admin to look at.
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {

    /**
     * @param attempts tries so far, including the one that just failed (1 or more)
     * @param random   uniform in [0, 1)
     */
    Instant nextAttempt(int attempts, Instant now, Optional<Duration> vendorAsked, DoubleSupplier random) {
        long first = firstDelay.toMillis();
        long cap = maxDelay.toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long delay = first > cap >> doublings ? cap : first << doublings;
        long jittered = (long) (delay * (0.5 + 0.5 * random.getAsDouble()));
        Duration wait = Duration.ofMillis(jittered);
        if (vendorAsked.isPresent() && vendorAsked.get().compareTo(wait) > 0) {
            wait = vendorAsked.get();
        }
        return now.plus(wait);
    }

    boolean exhausted(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(giveUpAfter));
    }
}

package com.medgrid.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try an outbox entry (a vendor dispatch, a webhook delivery) again: exponential back-off
 * from {@code firstDelay}, capped at {@code maxDelay}, with jitter so that entries that failed
 * together do not return together; never earlier than the receiver asked. After {@code giveUpAfter}
 * since it was queued, an entry fails for someone to look at.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {

    /**
     * @param attempts tries so far, including the one that just failed (1 or more)
     * @param random   uniform in [0, 1)
     */
    public Instant nextAttempt(int attempts, Instant now, Optional<Duration> receiverAsked, DoubleSupplier random) {
        long first = firstDelay.toMillis();
        long cap = maxDelay.toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long delay = first > cap >> doublings ? cap : first << doublings;
        long jittered = (long) (delay * (0.5 + 0.5 * random.getAsDouble()));
        Duration wait = Duration.ofMillis(jittered);
        if (receiverAsked.isPresent() && receiverAsked.get().compareTo(wait) > 0) {
            wait = receiverAsked.get();
        }
        return now.plus(wait);
    }

    public boolean exhausted(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(giveUpAfter));
    }
}

package com.medgrid.sandbox.shopify;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Shopify's GraphQL cost limit as a leaky bucket: a query may run only when its requested cost is
 * available; that much is taken before it runs and the part it did not use (requested minus actual)
 * is given back after. The bucket refills at {@code restoreRate} points a second up to its size.
 * The clock is injected, so the arithmetic is tested without waiting.
 */
final class ShopifyCostBucket {

    /** What {@code extensions.cost.throttleStatus} shows. */
    record Status(double maximumAvailable, double currentlyAvailable, double restoreRate) {
    }

    /** Whether a query may run, and the bucket once its requested cost was taken (or not). */
    record Charge(boolean granted, Status status) {
    }

    private final InstantSource clock;
    private double size;
    private double restoreRate;
    private double available;
    private Instant updated;

    ShopifyCostBucket(double size, double restoreRate, InstantSource clock) {
        this.clock = clock;
        resize(size, restoreRate);
    }

    /** New limits, and a full bucket: a test that shrinks it starts from a known level. */
    synchronized void resize(double size, double restoreRate) {
        if (size <= 0 || restoreRate < 0) {
            throw new IllegalArgumentException("size must be positive and restore_rate zero or more");
        }
        this.size = size;
        this.restoreRate = restoreRate;
        this.available = size;
        this.updated = clock.instant();
    }

    /** Takes {@code requested} points if that many are available; nothing otherwise (THROTTLED). */
    synchronized Charge take(double requested) {
        refill();
        boolean granted = requested <= available;
        if (granted) {
            available -= requested;
        }
        return new Charge(granted, status());
    }

    /** A query that took {@code requested} points used {@code actual}: the rest goes back. */
    synchronized Status settle(double requested, double actual) {
        refill();
        available = Math.min(size, available + Math.max(0, requested - actual));
        return status();
    }

    synchronized Status status() {
        refill();
        return new Status(size, available, restoreRate);
    }

    private void refill() {
        Instant now = clock.instant();
        if (now.isAfter(updated)) {
            double seconds = Duration.between(updated, now).toNanos() / 1e9;
            available = Math.min(size, available + seconds * restoreRate);
            updated = now;
        }
    }
}

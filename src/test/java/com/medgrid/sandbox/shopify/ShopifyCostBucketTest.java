package com.medgrid.sandbox.shopify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopifyCostBucketTest {

    private Instant now = Instant.parse("2026-04-01T10:00:00Z");
    private final InstantSource clock = () -> now;

    private void wait(Duration duration) {
        now = now.plus(duration);
    }

    @Test
    void aQueryTakesItsRequestedCostAndGetsBackWhatItDidNotUse() {
        ShopifyCostBucket bucket = new ShopifyCostBucket(1000, 50, clock);
        ShopifyCostBucket.Charge charge = bucket.take(252);
        assertTrue(charge.granted());
        assertEquals(748, charge.status().currentlyAvailable());
        assertEquals(988, bucket.settle(252, 12).currentlyAvailable(), "requested 252, used 12: 240 go back, 12 spent");
    }

    @Test
    void aQueryCostingMoreThanIsAvailableIsThrottledAndTakesNothing() {
        ShopifyCostBucket bucket = new ShopifyCostBucket(30, 5, clock);
        assertTrue(bucket.take(12).granted());
        assertTrue(bucket.take(12).granted());
        ShopifyCostBucket.Charge throttled = bucket.take(12);
        assertFalse(throttled.granted());
        assertEquals(6, throttled.status().currentlyAvailable());
        assertEquals(6, bucket.status().currentlyAvailable());
    }

    @Test
    void theBucketRefillsAtItsRestoreRateUpToItsSize() {
        ShopifyCostBucket bucket = new ShopifyCostBucket(100, 50, clock);
        bucket.take(100);
        wait(Duration.ofMillis(500));
        assertEquals(25, bucket.status().currentlyAvailable(), 1e-9);
        assertFalse(bucket.take(30).granted());
        wait(Duration.ofMillis(100));
        assertTrue(bucket.take(30).granted(), "25 + 0.1 s × 50 = 30");
        wait(Duration.ofMinutes(5));
        assertEquals(100, bucket.status().currentlyAvailable(), "never above its size");
    }

    @Test
    void settlingNeverOverfillsTheBucket() {
        ShopifyCostBucket bucket = new ShopifyCostBucket(100, 50, clock);
        bucket.take(50);
        wait(Duration.ofSeconds(1));
        assertEquals(100, bucket.settle(50, 0).currentlyAvailable());
    }

    @Test
    void resizingGivesAFullBucketWithTheNewLimits() {
        ShopifyCostBucket bucket = new ShopifyCostBucket(1000, 50, clock);
        bucket.take(900);
        ShopifyCostBucket.Status status = bucket.status();
        assertEquals(100, status.currentlyAvailable());
        bucket.resize(40, 2);
        assertEquals(new ShopifyCostBucket.Status(40, 40, 2), bucket.status());
        assertThrows(IllegalArgumentException.class, () -> bucket.resize(0, 2));
        assertThrows(IllegalArgumentException.class, () -> bucket.resize(10, -1));
    }
}

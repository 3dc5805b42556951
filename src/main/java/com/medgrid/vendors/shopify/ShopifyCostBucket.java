package com.medgrid.vendors.shopify;

/**
 * What MedGrid knows of one shop's query-cost bucket (Shopify's leaky bucket): its size, the points
 * available when Shopify last said, and how fast they come back. Calls take points as they go out,
 * so that concurrent calls do not all count on the same points; every answer's
 * {@code throttleStatus} puts the bucket right again.
 *
 * @param atNanos when {@code available} was true, on {@link System#nanoTime()}'s scale
 */
record ShopifyCostBucket(double maximum, double available, double restoreRate, long atNanos) {

    /** The points available at {@code nowNanos}: restored at the rate since, up to the bucket's size. */
    double availableAt(long nowNanos) {
        double restored = restoreRate * Math.max(0, nowNanos - atNanos) / 1e9;
        return Math.min(maximum, available + restored);
    }

    /** Nanoseconds until {@code cost} points are available at {@code nowNanos} (0 when they are). */
    long nanosUntil(double cost, long nowNanos) {
        double missing = Math.min(cost, maximum) - availableAt(nowNanos);
        if (missing <= 0 || restoreRate <= 0) {
            return 0;
        }
        return (long) Math.ceil(missing / restoreRate * 1e9);
    }

    /** The bucket after a call of {@code cost} points goes out at {@code nowNanos} (it may go below zero: the next call waits longer). */
    ShopifyCostBucket take(double cost, long nowNanos) {
        return new ShopifyCostBucket(maximum, availableAt(nowNanos) - cost, restoreRate, nowNanos);
    }
}

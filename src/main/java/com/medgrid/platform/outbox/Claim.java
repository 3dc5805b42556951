package com.medgrid.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One sweep's hold on an outbox entry, until {@code leaseEnd}. The entry's row keeps the lease end
 * of the claim that holds it, so the lease end also tells this claim from a later one: a task that
 * waited on a busy executor until its claim lapsed and another sweep took the entry finds its lease
 * end gone from the row and leaves the entry to that sweep, instead of sending it a second time.
 */
public record Claim(String name, Instant leaseEnd) {

    /**
     * The end of a lease taken {@code now}, to the millisecond: every database's TIMESTAMP keeps
     * that much, so the value read back from the row equals the one the claimant holds.
     */
    public static Instant leaseEnd(Instant now, Duration lease) {
        return now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
    }
}

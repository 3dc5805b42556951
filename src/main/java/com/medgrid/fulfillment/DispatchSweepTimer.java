package com.medgrid.fulfillment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * The outbox's safety net: retries, lapsed claims, dispatches whose connector appeared and those
 * the after-submit sweep missed. A persistent timer, so one cluster member runs each round; the
 * claims would keep concurrent sweeps apart anyway.
 */
@Singleton
public class DispatchSweepTimer {

    /** How often the sweep runs; keep in step with the schedule below. */
    static final Duration PERIOD = Duration.ofSeconds(15);

    @Inject
    DispatchRelay relay;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = true, info = "fulfillment dispatch sweep")
    void sweep() {
        relay.sweep();
    }
}

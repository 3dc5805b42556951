package com.medgrid.fulfillment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * The outbox's safety net: retries, lapsed claims, dispatches whose connector appeared and those
 * the after-submit sweep missed. A persistent timer, so one cluster member runs each round; the
 * claims would keep concurrent sweeps apart anyway.
 */
@Singleton
public class DispatchSweepTimer {

    @Inject
    DispatchRelay relay;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = true, info = "fulfillment dispatch sweep")
    void sweep() {
        relay.sweep();
    }
}

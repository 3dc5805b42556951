package com.medgrid.fulfillment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The outbox's safety net: retries, lapsed claims, dispatches whose connector appeared and those
 * the after-submit sweep missed. Every cluster member runs it: the claims ({@code SKIP LOCKED})
 * keep concurrent sweeps apart, and no member's absence stops the sweeping. (A persistent timer
 * would belong to the member that created it and stop with it.)
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // vendor calls happen under it: no transaction may span them
public class DispatchSweepTimer {

    @Inject
    DispatchRelay relay;

    /** Every {@link com.medgrid.platform.outbox.OutboxWorkers#SWEEP_PERIOD}. */
    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "fulfillment dispatch sweep")
    void sweep() {
        relay.sweep();
    }
}

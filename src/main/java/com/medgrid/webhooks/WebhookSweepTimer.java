package com.medgrid.webhooks;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The webhook outbox's safety net: retries, lapsed claims, and events an after-commit sweep missed.
 * Every cluster member runs it; claims ({@code SKIP LOCKED}) keep concurrent sweeps apart.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // receivers are called under it: no transaction may span them
public class WebhookSweepTimer {

    @Inject
    WebhookRelay relay;

    /** Every {@link com.medgrid.platform.outbox.OutboxWorkers#SWEEP_PERIOD}, offset from the dispatch sweep. */
    @Schedule(hour = "*", minute = "*", second = "7/15", persistent = false, info = "webhook delivery sweep")
    void sweep() {
        relay.sweep();
    }
}

package com.medgrid.platform.idempotency;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Hourly clean-up of idempotency keys past their 24 h. Deleting expired rows is idempotent, so every
 * cluster member may run it and a non-persistent timer is enough.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the purge commits in its own transaction; a timer holds none
public class IdempotencyPurgeTimer {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeTimer.class.getName());

    @Inject
    IdempotencyStore store;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "purge expired idempotency keys")
    void purge() {
        int purged = store.purgeExpired();
        LOG.fine(() -> "Purged " + purged + " expired idempotency key(s)");
    }
}

package com.medgrid.platform.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hourly clean-up of records past their time: every {@link ExpiringRecords} bean's (sessions, login
 * counters, idempotency keys, OAuth tokens...). Deleting expired rows is idempotent, so every
 * cluster member may run it and a non-persistent timer is enough; one purge failing does not stop
 * the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each purge commits in its own transaction; a timer holds none
public class ExpiredRecordsPurgeTimer {

    private static final Logger LOG = Logger.getLogger(ExpiredRecordsPurgeTimer.class.getName());

    @Inject
    @Any
    Instance<ExpiringRecords> all;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "purge expired records")
    void purge() {
        all.forEach(ExpiredRecordsPurgeTimer::purge);
    }

    private static void purge(ExpiringRecords records) {
        try {
            int purged = records.purgeExpired();
            LOG.fine(() -> "Purged " + purged + " " + records.expiredRecords());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not purge " + records.expiredRecords() + "; the next hour tries again", e);
        }
    }
}

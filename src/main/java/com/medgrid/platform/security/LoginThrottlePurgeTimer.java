package com.medgrid.platform.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Hourly clean-up of login counters whose window has long ended. Deleting them is idempotent, so
 * every cluster member may run it and a non-persistent timer is enough.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the purge commits in its own transaction; a timer holds none
public class LoginThrottlePurgeTimer {

    private static final Logger LOG = Logger.getLogger(LoginThrottlePurgeTimer.class.getName());

    @Inject
    LoginThrottle throttle;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "purge ended login counters")
    void purge() {
        int purged = throttle.purgeEnded();
        LOG.fine(() -> "Purged " + purged + " ended login counter(s)");
    }
}

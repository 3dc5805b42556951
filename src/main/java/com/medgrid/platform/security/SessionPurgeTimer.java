package com.medgrid.platform.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Hourly clean-up of expired sessions. Deleting expired rows is idempotent, so every cluster member
 * may run it and a non-persistent timer is enough.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the purge commits in its own transaction; a timer holds none
public class SessionPurgeTimer {

    private static final Logger LOG = Logger.getLogger(SessionPurgeTimer.class.getName());

    @Inject
    SessionService sessions;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "purge expired sessions")
    void purge() {
        int purged = sessions.purgeExpired();
        LOG.fine(() -> "Purged " + purged + " expired session(s)");
    }
}

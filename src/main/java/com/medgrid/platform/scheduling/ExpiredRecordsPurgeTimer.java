package com.medgrid.platform.scheduling;

import com.medgrid.platform.idempotency.IdempotencyStore;
import com.medgrid.platform.oauth.OAuthTokens;
import com.medgrid.platform.security.LoginThrottle;
import com.medgrid.platform.security.SessionService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hourly clean-up of records past their time: expired sessions, ended login counters, expired
 * idempotency keys and OAuth access tokens. Deleting expired rows is idempotent, so every cluster member may run it and a
 * non-persistent timer is enough; one purge failing does not stop the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each purge commits in its own transaction; a timer holds none
public class ExpiredRecordsPurgeTimer {

    private static final Logger LOG = Logger.getLogger(ExpiredRecordsPurgeTimer.class.getName());

    @Inject
    SessionService sessions;
    @Inject
    LoginThrottle logins;
    @Inject
    IdempotencyStore idempotencyKeys;
    @Inject
    OAuthTokens oauthTokens;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "purge expired records")
    void purge() {
        purge("expired sessions", sessions::purgeExpired);
        purge("ended login counters", logins::purgeEnded);
        purge("expired idempotency keys", idempotencyKeys::purgeExpired);
        purge("expired OAuth access tokens", oauthTokens::purgeExpired);
    }

    private static void purge(String what, IntSupplier purge) {
        try {
            int purged = purge.getAsInt();
            LOG.fine(() -> "Purged " + purged + " " + what);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not purge " + what + "; the next hour tries again", e);
        }
    }
}

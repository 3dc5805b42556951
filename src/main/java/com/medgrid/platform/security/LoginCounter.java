package com.medgrid.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Password attempts of one client address, for one account or for all of them, in the current
 * window. A window opens with the first attempt and lasts the lockout period; the attempt that
 * uses up the budget moves its end to a full lockout period later, and until then the counter is
 * locked.
 */
@Entity
@Table(name = "login_throttle")
@IdClass(LoginCounter.Key.class)
@NamedQuery(name = LoginCounter.DELETE_ENDED_BEFORE, query = "DELETE FROM LoginCounter c WHERE c.windowEnds < :cutoff")
public class LoginCounter {

    public static final String DELETE_ENDED_BEFORE = "LoginCounter.deleteEndedBefore";

    @Id
    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Id
    @Column(name = "account_key", length = 64)
    private String accountKey;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_ends", nullable = false)
    private Instant windowEnds;

    protected LoginCounter() {
    }

    /** A counter with no attempts, like the rows {@link LoginThrottle} inserts: its (empty) window ends {@code now}. */
    LoginCounter(Key key, Instant now) {
        this.clientAddress = key.clientAddress;
        this.accountKey = key.accountKey;
        this.windowEnds = now;
    }

    public boolean isLocked(int limit, Instant now) {
        return failures >= limit && windowEnds.isAfter(now);
    }

    /**
     * Counts an attempt before its password is checked, so that concurrent attempts cannot get
     * past the limit together; {@link #refund()} gives it back when the password was right.
     */
    public void charge(int limit, Duration lockout, Instant now) {
        // With no attempts counted there is no window to keep. Checked first, because a new
        // counter's "now" can come back from the database rounded to a later microsecond.
        if (failures == 0 || !windowEnds.isAfter(now)) {
            failures = 0;
            windowEnds = now.plus(lockout);
        }
        failures++;
        if (failures >= limit) {
            windowEnds = now.plus(lockout);
        }
    }

    public void refund() {
        failures = Math.max(0, failures - 1);
    }

    /** After a successful login: earlier wrong passwords for this account no longer count. */
    public void clear() {
        failures = 0;
    }

    int failures() {
        return failures;
    }

    /** Primary key: client address and account key. */
    public static class Key implements Serializable {

        private String clientAddress;
        private String accountKey;

        protected Key() {
        }

        public Key(String clientAddress, String accountKey) {
            this.clientAddress = clientAddress;
            this.accountKey = accountKey;
        }

        public String clientAddress() {
            return clientAddress;
        }

        public String accountKey() {
            return accountKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && clientAddress.equals(key.clientAddress) && accountKey.equals(key.accountKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientAddress, accountKey);
        }
    }
}

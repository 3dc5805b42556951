package com.medgrid.platform.security;

import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits password guessing by client address, in the database so the limits hold across cluster
 * members. Each (address, account) pair gets {@code medgrid.login.max-failures} attempts per
 * {@code medgrid.login.lockout-seconds}, and each address {@code medgrid.login.max-failures-per-address}
 * across all accounts. Whether the account exists plays no part, so the answers tell nobody which
 * accounts exist; and since a lock holds for one address only, nobody can lock a user out from
 * elsewhere.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle implements ExpiringRecords {

    /** The account key of an address's own counter; account keys are otherwise SHA-256 hex. */
    private static final String ANY_ACCOUNT = "*";
    private static final int MAX_KEY_LENGTH = 64;
    /** A new counter has no attempts, and its (empty) window ends at once. */
    private static final String CREATE = "INSERT INTO login_throttle (client_address, account_key, failures, window_ends) "
            + "VALUES (?1, ?2, 0, ?3) ON CONFLICT DO NOTHING";
    /** Counters whose window ended this long ago are deleted; by then they can no longer matter. */
    private static final Duration KEEP_ENDED = Duration.ofHours(1);

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "medgrid.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "medgrid.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "medgrid.login.lockout-seconds", defaultValue = "300")
    long lockoutSeconds;

    /**
     * Counts a login attempt before its password is checked.
     *
     * @return false, counting nothing, when the address or the pair is locked
     */
    public boolean admit(String account, String clientAddress) {
        Instant now = Instant.now();
        Duration lockout = Duration.ofSeconds(lockoutSeconds);
        // Always the address's counter first, so two logins never wait for each other's rows.
        LoginCounter perAddress = lock(addressKey(clientAddress), now);
        LoginCounter perPair = lock(pairKey(account, clientAddress), now);
        if (perAddress.isLocked(maxFailuresPerAddress, now) || perPair.isLocked(maxFailures, now)) {
            return false;
        }
        perAddress.charge(maxFailuresPerAddress, lockout, now);
        perPair.charge(maxFailures, lockout, now);
        return true;
    }

    /** The password was right: the attempt does not count against the address, and the pair starts afresh. */
    public void succeeded(String account, String clientAddress) {
        Instant now = Instant.now();
        lock(addressKey(clientAddress), now).refund();
        lock(pairKey(account, clientAddress), now).clear();
    }

    @Override
    public String expiredRecords() {
        return "ended login counters";
    }

    @Override
    public int purgeExpired() {
        return em.createNamedQuery(LoginCounter.DELETE_ENDED_BEFORE)
                .setParameter("cutoff", Instant.now().minus(KEEP_ENDED))
                .executeUpdate();
    }

    /**
     * The counter, created if need be and locked until the transaction ends. ON CONFLICT DO NOTHING
     * waits for a concurrent login that is creating the same row instead of failing, and keeps it
     * all in one short transaction on one connection.
     */
    private LoginCounter lock(LoginCounter.Key key, Instant now) {
        em.createNativeQuery(CREATE)
                .setParameter(1, key.clientAddress())
                .setParameter(2, key.accountKey())
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return em.find(LoginCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private static LoginCounter.Key addressKey(String clientAddress) {
        return new LoginCounter.Key(fit(clientAddress), ANY_ACCOUNT);
    }

    private static LoginCounter.Key pairKey(String account, String clientAddress) {
        return new LoginCounter.Key(fit(clientAddress), Tokens.sha256Hex(account));
    }

    /** An IPv6 address with a long zone id can exceed the column; its hash identifies it as well. */
    private static String fit(String clientAddress) {
        return clientAddress.length() <= MAX_KEY_LENGTH ? clientAddress : Tokens.sha256Hex(clientAddress);
    }
}

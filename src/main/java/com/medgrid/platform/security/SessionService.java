package com.medgrid.platform.security;

import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Browser sessions in the database: created at login, checked on every cookie request, purged when
 * expired. Each has a CSRF token that cookie-authenticated writes must echo ({@link CsrfTokenFilter}).
 */
@ApplicationScoped
@Transactional
public class SessionService implements ExpiringRecords {

    private static final int SID_LENGTH = 40;
    private static final int CSRF_TOKEN_LENGTH = 40;

    /** A new session: the {@code sid} cookie value and the CSRF token, both handed out once and stored only as hashes. */
    public record Opened(String sid, String csrfToken) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "medgrid.session.hours", defaultValue = "12")
    int sessionHours;

    public Duration lifetime() {
        return Duration.ofHours(sessionHours);
    }

    /** Opens a session for a user who just logged in, and records the login on the user. */
    public Opened open(String userName) {
        Opened opened = new Opened(Tokens.random(SID_LENGTH), Tokens.random(CSRF_TOKEN_LENGTH));
        Instant now = Instant.now();
        em.persist(new UserSession(Tokens.sha256Hex(opened.sid()), Tokens.sha256Hex(opened.csrfToken()),
                userName, now, now.plus(lifetime())));
        em.find(User.class, userName).loggedIn(now);
        return opened;
    }

    /** The user of a live session, if the sid names one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> userOf(String sid) {
        UserSession session = em.find(UserSession.class, Tokens.sha256Hex(sid));
        if (session == null || session.isExpired(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(session.getUserName());
    }

    /** Whether {@code csrfToken} is the token of session {@code sid}; compared in constant time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean csrfTokenMatches(String sid, String csrfToken) {
        UserSession session = em.find(UserSession.class, Tokens.sha256Hex(sid));
        return session != null && Tokens.matchesHash(csrfToken, session.getCsrfTokenHash());
    }

    public void close(String sid) {
        UserSession session = em.find(UserSession.class, Tokens.sha256Hex(sid));
        if (session != null) {
            em.remove(session);
        }
    }

    /** Signs a user out everywhere (disabled, password changed). */
    public void closeAll(String userName) {
        em.createNamedQuery(UserSession.DELETE_FOR_USER).setParameter("user", userName).executeUpdate();
    }

    @Override
    public String expiredRecords() {
        return "expired sessions";
    }

    @Override
    public int purgeExpired() {
        return em.createNamedQuery(UserSession.DELETE_EXPIRED).setParameter("now", Instant.now()).executeUpdate();
    }
}

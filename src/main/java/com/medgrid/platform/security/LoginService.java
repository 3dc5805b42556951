package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Locale;

/**
 * Password login, throttled by {@link LoginThrottle}. An unknown or disabled account, a wrong
 * password and a throttled attempt answer the same whoever the account is, so the answers never
 * tell which accounts exist.
 */
@ApplicationScoped
@Transactional
public class LoginService {

    /** A successful login: the session to hand out and the user it belongs to. */
    public record LoggedIn(SessionService.Opened session, User user) {
    }

    private static final String INVALID = "Invalid login credentials.";
    private static final String THROTTLED = "Too many failed logins; try again in a few minutes.";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    SessionService sessions;

    @Inject
    LoginThrottle throttle;

    /**
     * Runs outside a transaction: the throttle and the session each commit their own short one,
     * so neither a row lock nor a connection is held during the deliberately slow password check.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LoggedIn login(String usr, String pwd, String clientAddress) {
        String account = usr.trim().toLowerCase(Locale.ROOT);
        if (!throttle.admit(account, clientAddress)) {
            throw new ApiException(ApiError.RATE_LIMITED, THROTTLED);
        }
        User user = em.find(User.class, account);
        boolean known = user != null && user.isEnabled();
        // An unknown account costs one verification too: timing must not reveal accounts.
        if (!passwords.verify(pwd, known ? user.getPasswordHash() : null)) {
            throw ApiException.authentication(INVALID);
        }
        throttle.succeeded(account, clientAddress);
        return new LoggedIn(sessions.open(user.getName()), user);
    }

    public void logout(String sid) {
        sessions.close(sid);
    }
}

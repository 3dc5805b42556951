package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/**
 * Password login with throttling: after {@code medgrid.login.max-failures} wrong passwords the
 * account refuses logins (429) for {@code medgrid.login.lockout-seconds}. The counter lives on the
 * user row, so the limit holds across cluster members.
 */
@ApplicationScoped
public class LoginService {

    /** A successful login: the session id to hand out and the user it belongs to. */
    public record LoggedIn(String sid, User user) {
    }

    private static final String INVALID = "Invalid login credentials.";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    SessionService sessions;

    @Inject
    @ConfigProperty(name = "medgrid.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "medgrid.login.lockout-seconds", defaultValue = "300")
    long lockoutSeconds;

    /** Failed attempts are counted even though the call ends in an error, hence {@code dontRollbackOn}. */
    @Transactional(dontRollbackOn = ApiException.class)
    public LoggedIn login(String usr, String pwd) {
        User user = em.find(User.class, usr.trim().toLowerCase(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (user == null || !user.isEnabled()) {
            passwords.verify(pwd, null); // same cost as a real check: timing must not reveal accounts
            throw ApiException.authentication(INVALID);
        }
        if (user.isLocked(now)) {
            throw new ApiException(ApiError.RATE_LIMITED,
                    "Too many failed logins for this account; try again after " + user.getLockedUntil() + ".");
        }
        if (!passwords.verify(pwd, user.getPasswordHash())) {
            user.loginFailed(maxFailures, now.plusSeconds(lockoutSeconds));
            throw ApiException.authentication(INVALID);
        }
        user.loginSucceeded(now);
        return new LoggedIn(sessions.open(user.getName()), user);
    }

    @Transactional
    public void logout(String sid) {
        sessions.close(sid);
    }
}

package com.medgrid.platform.security;

import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Checks presented credentials against the database: API key pairs and session ids. */
@ApplicationScoped
public class Authenticator {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    SessionService sessions;

    /** The enabled user owning this key pair, if the secret matches. */
    public Optional<User> byApiKey(String apiKey, String apiSecret) {
        return em.createNamedQuery(User.BY_API_KEY, User.class)
                .setParameter("apiKey", apiKey)
                .getResultStream()
                .filter(User::isEnabled)
                .filter(user -> Tokens.matchesHash(apiSecret, user.getApiSecretHash()))
                .findFirst();
    }

    /** The enabled user of a live session. */
    public Optional<User> bySession(String sid) {
        return sessions.userOf(sid)
                .map(name -> em.find(User.class, name))
                .filter(User::isEnabled);
    }
}

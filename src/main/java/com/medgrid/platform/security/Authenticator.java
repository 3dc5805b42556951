package com.medgrid.platform.security;

import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Checks presented credentials against the database: API key pairs, OAuth access tokens and session ids. */
@ApplicationScoped
public class Authenticator {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    SessionService sessions;
    @Inject
    BearerTokens bearerTokens;

    /** The caller an {@code Authorization} header's credential belongs to, if it is valid. */
    public Optional<Caller> byHeader(HeaderCredential credential) {
        if (credential instanceof ApiKeyCredential key) {
            return byApiKey(key.apiKey(), key.apiSecret()).map(user -> new Caller(user, user.getApiKeyScopes()));
        }
        return bearerTokens.authenticate(((BearerTokenCredential) credential).token());
    }

    /** The enabled user owning this key pair, if the secret matches. */
    private Optional<User> byApiKey(String apiKey, String apiSecret) {
        return em.createNamedQuery(User.BY_API_KEY, User.class)
                .setParameter("apiKey", apiKey)
                .getResultStream()
                .filter(User::isEnabled)
                .filter(user -> Tokens.matchesHash(apiSecret, user.getApiSecretHash()))
                .findFirst();
    }

    /** The enabled user of a live session. */
    public Optional<Caller> bySession(String sid) {
        return sessions.userOf(sid)
                .map(name -> em.find(User.class, name))
                .filter(User::isEnabled)
                .map(Caller::unscoped);
    }
}

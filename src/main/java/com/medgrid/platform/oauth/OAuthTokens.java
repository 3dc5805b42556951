package com.medgrid.platform.oauth;

import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.scheduling.ExpiringRecords;
import com.medgrid.platform.security.BearerTokens;
import com.medgrid.platform.security.Caller;
import com.medgrid.platform.security.Scopes;
import com.medgrid.platform.security.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issues, checks, revokes and describes OAuth access tokens (the client-credentials grant). Tokens
 * are opaque random strings kept as their SHA-256, so revoking one, or disabling its client or
 * user, ends it on the next request, on every cluster member.
 */
@ApplicationScoped
public class OAuthTokens implements BearerTokens, ExpiringRecords {

    /** 40 characters of [a-z0-9]: over 200 bits. */
    private static final int TOKEN_LENGTH = 40;

    /** A new access token; the token itself is never stored. */
    record Issued(String accessToken, Duration lifetime, List<String> scopes) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "medgrid.oauth.token-lifetime", defaultValue = "PT1H")
    Duration lifetime;

    /**
     * The client-credentials grant: a token for an authenticated, enabled client whose user is
     * enabled, with the requested scopes (space-separated, RFC 6749 section 3.3) or, without
     * {@code scope}, all the client's.
     */
    @Transactional
    Issued issue(ClientCredentials credentials, Optional<String> scope) throws OAuthError {
        OAuthClient client = authenticated(credentials);
        User user = em.find(User.class, client.getUser());
        if (user == null || !user.isEnabled()) {
            throw OAuthError.unauthorizedClient("The user " + client.getUser() + " this client acts as is disabled.");
        }
        List<String> granted = granted(client, scope);
        String token = Tokens.random(TOKEN_LENGTH);
        Instant now = Instant.now();
        em.persist(new OAuthBearerToken(Tokens.sha256Hex(token), client, granted, now, now.plus(lifetime)));
        return new Issued(token, lifetime, granted);
    }

    private OAuthClient authenticated(ClientCredentials credentials) throws OAuthError {
        OAuthClient client = em.find(OAuthClient.class, credentials.clientId());
        if (client == null || !Tokens.matchesHash(credentials.clientSecret(), client.getClientSecretHash())) {
            throw OAuthError.invalidClient("Client authentication failed: unknown client_id or wrong client_secret.", credentials.viaBasic());
        }
        if (!client.isEnabled()) {
            throw OAuthError.invalidClient("Client authentication failed: the client " + client.getName() + " is disabled.", credentials.viaBasic());
        }
        return client;
    }

    private static List<String> granted(OAuthClient client, Optional<String> scope) throws OAuthError {
        List<String> allowed = client.getScopes();
        if (scope.isEmpty() || scope.get().isBlank()) {
            return allowed;
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.get().trim().split(" +")));
        for (String name : requested) {
            if (!Scopes.ALL.contains(name)) {
                throw OAuthError.invalidScope("Unknown scope " + name + ". Scopes are: " + String.join(" ", Scopes.ALL) + ".");
            }
            if (!allowed.contains(name)) {
                throw OAuthError.invalidScope("The client may not ask for " + name + "; it may ask for: " + String.join(" ", allowed) + ".");
            }
        }
        return List.copyOf(requested);
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        return live(token).map(Live::caller);
    }

    /** A live token and its caller. */
    private record Live(OAuthBearerToken token, Caller caller) {
    }

    private Optional<Live> live(String token) {
        Instant now = Instant.now();
        return Optional.ofNullable(em.find(OAuthBearerToken.class, Tokens.sha256Hex(token)))
                .filter(found -> found.isActive(now))
                .flatMap(found -> Optional.ofNullable(em.find(User.class, found.getClient().getUser()))
                        .filter(User::isEnabled)
                        .map(user -> new Live(found, new Caller(user, Optional.of(Set.copyOf(found.getScopes()))))));
    }

    /**
     * RFC 7009: the authenticated client revokes one of its tokens. An unknown or expired token is
     * not an error (the client's aim is met); another client's token is refused.
     */
    @Transactional
    void revoke(ClientCredentials credentials, String token) throws OAuthError {
        OAuthClient client = authenticated(credentials);
        OAuthBearerToken found = em.find(OAuthBearerToken.class, Tokens.sha256Hex(token));
        if (found == null) {
            return;
        }
        if (!found.getClient().getName().equals(client.getName())) {
            throw OAuthError.unauthorizedClient("This token was not issued to client " + client.getName() + ".");
        }
        found.revoke(Instant.now());
    }

    /** RFC 7662's answer for a token: {@code active} and, when it is, whose, for what and until when. */
    Map<String, Object> introspect(String token) {
        Optional<Live> live = live(token);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("active", live.isPresent());
        live.ifPresent(found -> {
            String user = found.caller().user().getName();
            answer.put("scope", String.join(" ", found.token().getScopes()));
            answer.put("client_id", found.token().getClient().getName());
            answer.put("username", user);
            answer.put("sub", user);
            answer.put("token_type", "Bearer");
            answer.put("iat", found.token().getIssuedAt().getEpochSecond());
            answer.put("exp", found.token().getExpiresAt().getEpochSecond());
        });
        return answer;
    }

    @Override
    public String expiredRecords() {
        return "expired OAuth access tokens";
    }

    /** Deletes tokens past their expiry (revoked ones included): they can never work again. */
    @Transactional
    @Override
    public int purgeExpired() {
        return em.createNamedQuery(OAuthBearerToken.PURGE_EXPIRED).setParameter("now", Instant.now()).executeUpdate();
    }
}

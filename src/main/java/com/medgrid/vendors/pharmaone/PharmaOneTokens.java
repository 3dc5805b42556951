package com.medgrid.vendors.pharmaone;

import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JWTs PharmaOne issued for the connections' API keys, kept in memory per org and key until
 * shortly before they expire (then a call exchanges the key again rather than have a request
 * refused halfway). Each cluster member keeps its own: a token is cheap to get, and an hour long.
 */
@ApplicationScoped
public class PharmaOneTokens {

    /** Renewed this long before expiry, or a fifth of the lifetime for short-lived tokens. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private record Issued(String jwt, Instant renewAt) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /** A token of this key still good for a while, if one is kept. */
    Optional<String> current(Map<String, String> credentials, Instant now) {
        Issued token = issued.get(key(credentials));
        return token == null || !now.isBefore(token.renewAt()) ? Optional.empty() : Optional.of(token.jwt());
    }

    /** Keeps a token PharmaOne just issued, valid {@code lifetime} from {@code now}. */
    void keep(Map<String, String> credentials, String jwt, Duration lifetime, Instant now) {
        Duration margin = lifetime.dividedBy(5).compareTo(RENEW_BEFORE) < 0 ? lifetime.dividedBy(5) : RENEW_BEFORE;
        issued.put(key(credentials), new Issued(jwt, now.plus(lifetime).minus(margin)));
    }

    /** PharmaOne refused the kept token (expired early, revoked, scopes changed): the next call gets a new one. */
    void forget(Map<String, String> credentials) {
        issued.remove(key(credentials));
    }

    /** Never the key itself: the map outlives the requests that carried it. */
    private static String key(Map<String, String> credentials) {
        return credentials.get(PharmaOne.ORG_ID) + ":" + Tokens.sha256Hex(credentials.get(PharmaOne.API_KEY));
    }
}

package com.medgrid.fulfillment;

import com.medgrid.platform.crypto.Tokens;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Access tokens vendors issue for a connection's credentials (PharmaOne's JWT for an API key, MD
 * Integrations' for a client id and secret), kept in memory per vendor and credentials until shortly
 * before they expire: then a call gets a new one rather than have a request refused halfway. Each
 * cluster member keeps its own; a token is cheap to get and lives for hours.
 */
@ApplicationScoped
public class VendorTokens {

    /** Renewed this long before expiry, or a fifth of the lifetime for short-lived tokens. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private record Issued(String token, Instant renewAt) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /** A token for these credentials still good for a while, if one is kept. */
    public Optional<String> current(String vendor, String credentials, Instant now) {
        Issued token = issued.get(key(vendor, credentials));
        return token == null || !now.isBefore(token.renewAt()) ? Optional.empty() : Optional.of(token.token());
    }

    /** Keeps a token the vendor just issued, valid {@code lifetime} from {@code now}. */
    public void keep(String vendor, String credentials, String token, Duration lifetime, Instant now) {
        Duration margin = lifetime.dividedBy(5).compareTo(RENEW_BEFORE) < 0 ? lifetime.dividedBy(5) : RENEW_BEFORE;
        issued.put(key(vendor, credentials), new Issued(token, now.plus(lifetime).minus(margin)));
    }

    /**
     * Keeps the token of a vendor's OAuth-style answer ({@code access_token}, {@code expires_in} in
     * seconds; an hour when it gives none) and returns it.
     *
     * @param label the vendor as errors name it
     * @throws VendorException unavailable when the answer has no token
     */
    public String keepIssued(String vendor, String label, String credentials, JsonObject answer, Instant requestedAt) {
        if (!(answer.get("access_token") instanceof JsonString token) || token.getString().isBlank()) {
            throw VendorException.unavailable(label + " answered the token request without an access_token.", null);
        }
        Duration lifetime = answer.get("expires_in") instanceof JsonNumber seconds && seconds.longValue() > 0
                ? Duration.ofSeconds(seconds.longValue()) : DEFAULT_LIFETIME;
        keep(vendor, credentials, token.getString(), lifetime, requestedAt);
        return token.getString();
    }

    /** The vendor refused the kept token (expired early, revoked, scopes changed): the next call gets a new one. */
    public void forget(String vendor, String credentials) {
        issued.remove(key(vendor, credentials));
    }

    /**
     * A call with the kept token, or a new one from {@code exchange} (which keeps it); a kept token the
     * vendor refuses is dropped and the call made once more with a new one. A refusal of a new token
     * is final: wrong credentials, a missing scope.
     */
    public <T> T withToken(String vendor, String credentials, Supplier<String> exchange, Function<String, T> call) {
        Optional<String> kept = current(vendor, credentials, Instant.now());
        String token = kept.orElseGet(exchange);
        try {
            return call.apply(token);
        } catch (VendorException.NotConfigured refused) {
            if (kept.isEmpty()) {
                throw refused;
            }
            forget(vendor, credentials);
            return call.apply(exchange.get());
        }
    }

    /** Never the credentials themselves: the map outlives the requests that carried them. */
    private static String key(String vendor, String credentials) {
        return vendor + ":" + Tokens.sha256Hex(credentials);
    }
}

package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorHttp;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every call MedGrid makes to PerfectRx: an OAuth2 token from the nested-credentials body, cached
 * and refreshed 30 s before it expires (and once more if PerfectRx says it has expired anyway),
 * PerfectRx's 300 requests per 5 minutes kept on our side, and answers read by {@link VendorHttp}.
 */
@ApplicationScoped
public class PerfectRxCalls {

    static final String VENDOR = "PerfectRx";
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

    /** A bearer token and when to stop using it. */
    record Token(String bearer, Instant refreshAt) {
    }

    @Inject
    RateLimiter limiter;
    @Inject
    @ConfigProperty(name = "medgrid.perfectrx.url")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "medgrid.perfectrx.rate-limit", defaultValue = "300/PT5M")
    String rateLimit;
    @Inject
    @ConfigProperty(name = "medgrid.perfectrx.timeout", defaultValue = "PT20S")
    Duration timeout;

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();
    PerfectRxApi api;
    private RateLimit limit;

    @PostConstruct
    void init() {
        api = VendorHttp.client(PerfectRxApi.class, baseUrl, timeout);
        limit = RateLimit.parse(rateLimit);
    }

    /** @return empty when PerfectRx issues a token for these credentials, else why not */
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            tokens.remove(credentials.get("client_id"));
            token(credentials);
            return Optional.empty();
        } catch (VendorException e) {
            return Optional.of(e.getMessage());
        }
    }

    public JsonObject createPatient(Map<String, String> credentials, JsonObject patient) {
        return call(credentials, bearer -> api.createPatient(bearer, patient));
    }

    public JsonObject transmitEScript(Map<String, String> credentials, JsonObject prescription) {
        return call(credentials, bearer -> api.transmitEScript(bearer, prescription));
    }

    public JsonObject otcTransfer(Map<String, String> credentials, JsonObject order) {
        return call(credentials, bearer -> api.otcTransfer(bearer, order));
    }

    public JsonObject order(Map<String, String> credentials, String referenceId) {
        return call(credentials, bearer -> api.order(bearer, referenceId));
    }

    public JsonObject registerWebhook(Map<String, String> credentials, JsonObject registration) {
        return call(credentials, bearer -> api.registerWebhook(bearer, registration));
    }

    private JsonObject call(Map<String, String> credentials, Function<String, Response> request) {
        for (int attempt = 0; ; attempt++) {
            Token token = token(credentials);
            try (Response response = send(credentials, () -> request.apply("Bearer " + token.bearer()))) {
                if (response.getStatus() == 401 && attempt == 0) {
                    tokens.remove(credentials.get("client_id"), token); // revoked or expired early: one fresh token
                    continue;
                }
                if (response.getStatus() == 401) {
                    throw VendorException.notConfigured("PerfectRx refused a fresh token (HTTP 401): check the client credentials.");
                }
                return VendorHttp.object(VENDOR, VendorHttp.read(VENDOR, response));
            }
        }
    }

    /** The cached token, or a new one when there is none or it expires within 30 s. */
    Token token(Map<String, String> credentials) {
        String clientId = credentials.get("client_id");
        Token cached = tokens.get(clientId);
        if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return cached;
        }
        synchronized (tokens) {
            cached = tokens.get(clientId);
            if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
                return cached;
            }
            JsonObject body = ApiJson.JSON.createObjectBuilder().add("credentials", ApiJson.JSON.createObjectBuilder()
                    .add("clientId", clientId).add("clientSecret", credentials.get("client_secret"))).build();
            Instant asked = clock.instant();
            try (Response response = send(credentials, () -> api.token(body))) {
                if (response.getStatus() == 401 || response.getStatus() == 403) {
                    throw VendorException.notConfigured("PerfectRx rejected the client credentials (HTTP " + response.getStatus() + ").");
                }
                JsonObject answer = VendorHttp.object(VENDOR, VendorHttp.read(VENDOR, response));
                if (!answer.containsKey("accessToken") || !(answer.get("expiresIn") instanceof JsonNumber expiresIn)) {
                    throw VendorException.unavailable("PerfectRx's token answer lacks accessToken or expiresIn.", null);
                }
                Token fresh = new Token(answer.getString("accessToken"), asked.plusSeconds(expiresIn.longValue()).minus(REFRESH_MARGIN));
                tokens.put(clientId, fresh);
                return fresh;
            }
        }
    }

    private Response send(Map<String, String> credentials, java.util.function.Supplier<Response> request) {
        return VendorHttp.send(VENDOR, limiter, "perfectrx:" + credentials.get("client_id"), limit, request);
    }
}

package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.ratelimit.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every call MedGrid makes to PerfectRx: an OAuth2 token from the nested-credentials body, cached
 * and refreshed 30 s before it expires (and once more if PerfectRx says it has expired anyway),
 * PerfectRx's 300 requests per 5 minutes kept on our side, and Fault Tolerance around each call as
 * for every vendor (values per method through MicroProfile Config, e.g.
 * {@code com.medgrid.vendors.perfectrx.PerfectRxCalls/Timeout/value}).
 */
@ApplicationScoped
@Timeout(value = 15, unit = ChronoUnit.SECONDS)
@Bulkhead(4)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
public class PerfectRxCalls {

    static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

    /** A bearer token and when to stop using it. */
    record Token(String bearer, Instant refreshAt) {
    }

    @Inject
    @RestClient
    PerfectRxApi api;
    @Inject
    VendorCalls vendor;
    @Inject
    @ConfigProperty(name = "medgrid.perfectrx.rate-limit", defaultValue = "300/PT5M")
    String rateLimit;

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** One token request at a time per client id: the others wait for its token rather than ask for their own. */
    private final Map<String, Object> tokenLocks = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();
    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(rateLimit);
    }

    /**
     * @return empty when PerfectRx issues a token for these credentials, else why not
     * @throws VendorException when PerfectRx cannot tell now (down, rate limited)
     */
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            tokens.remove(credentials.get("client_id"));
            token(credentials);
            return Optional.empty();
        } catch (VendorException.NotConfigured | VendorException.Rejected refused) {
            return Optional.of(refused.getMessage());
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

    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject order(Map<String, String> credentials, String referenceId) {
        return call(credentials, bearer -> api.order(bearer, referenceId));
    }

    public JsonObject registerWebhook(Map<String, String> credentials, JsonObject registration) {
        return call(credentials, bearer -> api.registerWebhook(bearer, registration));
    }

    /** With the cached token; a 401 with it (revoked, or expired early) gets one fresh token and one more try. */
    private JsonObject call(Map<String, String> credentials, Function<String, JsonObject> request) {
        Token token = token(credentials);
        try {
            return send(credentials, () -> request.apply("Bearer " + token.bearer()));
        } catch (VendorException.NotConfigured refused) {
            tokens.remove(credentials.get("client_id"), token);
            Token fresh = token(credentials);
            try {
                return send(credentials, () -> request.apply("Bearer " + fresh.bearer()));
            } catch (VendorException.NotConfigured again) {
                throw VendorException.notConfigured("PerfectRx refused a fresh token (HTTP 401): check the client credentials.");
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
        synchronized (tokenLocks.computeIfAbsent(clientId, id -> new Object())) {
            cached = tokens.get(clientId);
            if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
                return cached;
            }
            JsonObject body = ApiJson.JSON.createObjectBuilder().add("credentials", ApiJson.JSON.createObjectBuilder()
                    .add("clientId", clientId).add("clientSecret", credentials.get("client_secret"))).build();
            Instant asked = clock.instant();
            JsonObject answer = send(credentials, () -> api.token(body));
            if (!answer.containsKey("accessToken") || !(answer.get("expiresIn") instanceof JsonNumber expiresIn)) {
                throw VendorException.unavailable("PerfectRx's token answer lacks accessToken or expiresIn.", null);
            }
            Token fresh = new Token(answer.getString("accessToken"), asked.plusSeconds(expiresIn.longValue()).minus(REFRESH_MARGIN));
            tokens.put(clientId, fresh);
            return fresh;
        }
    }

    private JsonObject send(Map<String, String> credentials, java.util.function.Supplier<JsonObject> request) {
        return vendor.call(PerfectRx.DESCRIPTION.label(), "perfectrx:" + credentials.get("client_id"), limit, request);
    }
}

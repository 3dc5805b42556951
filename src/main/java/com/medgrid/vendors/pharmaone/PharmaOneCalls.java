package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorTokens;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every call MedGrid makes to PharmaOne. The v2 routes carry a JWT the org's API key is exchanged
 * for, kept until shortly before it expires ({@link VendorTokens}); a kept token PharmaOne
 * refuses is dropped and the call made once more with a new one (a refusal of a new token is
 * final: a wrong key, a missing scope). {@code medgrid.pharmaone.rate-limit} is kept on our side
 * (PharmaOne publishes none), and Fault Tolerance surrounds each call as for every vendor. Reads
 * and deduplicated submissions (v1, connector) are retried; a v2 order and a prescription are
 * created once, the connector looking for them first. Prescriptions take the JWT in every submission
 * mode: the org's key can always be exchanged for one.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Bulkhead(4)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
public class PharmaOneCalls {

    @Inject
    VendorCalls vendor;
    @Inject
    VendorTokens tokens;
    @Inject
    @ConfigProperty(name = PharmaOne.KEY + "/mp-rest/url")
    Optional<String> gateway;
    @Inject
    @ConfigProperty(name = "medgrid.pharmaone.rate-limit", defaultValue = "120/PT1M")
    String rateLimit;

    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(rateLimit);
    }

    /**
     * @return empty when PharmaOne issues a token for the key and the submission settings are whole, else why not
     * @throws VendorException when PharmaOne cannot tell now (down, rate limited)
     */
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            PharmaOneSubmission.of(credentials);
            exchange(credentials);
            return Optional.empty();
        } catch (VendorException.NotConfigured refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** v2: creates the order (not repeated: PharmaOne would make a second one). */
    public JsonObject createOrder(Map<String, String> credentials, JsonObject order) {
        return withToken(credentials, (api, bearer) -> api.createOrder(bearer, org(credentials), order));
    }

    /** v2: the org's first order with this {@code external_id}, if any. */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public Optional<JsonObject> orderByExternalId(Map<String, String> credentials, String externalId) {
        JsonObject page = withToken(credentials, (api, bearer) -> api.ordersByExternalId(bearer, org(credentials), externalId, 1));
        return page.get("data") instanceof jakarta.json.JsonArray data && !data.isEmpty() && data.get(0) instanceof JsonObject order
                ? Optional.of(order) : Optional.empty();
    }

    /** v2: creates a prescription ({@code prescriptions.write}; not repeated: PharmaOne would make a second one). */
    public JsonObject createPrescription(Map<String, String> credentials, JsonObject prescription) {
        return withToken(credentials, (api, bearer) -> api.createPrescription(bearer, org(credentials), prescription));
    }

    /** v2: the org's prescription with this {@code external_id}, if any ({@code prescriptions.read}). */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public Optional<JsonObject> prescriptionByExternalId(Map<String, String> credentials, String externalId) {
        return PharmaOnePrescription.found(withToken(credentials,
                (api, bearer) -> api.prescriptionsByExternalId(bearer, org(credentials), externalId, PharmaOnePrescription.LOOKUP_LIMIT)), externalId);
    }

    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject order(Map<String, String> credentials, String orderId) {
        return withToken(credentials, (api, bearer) -> api.order(bearer, org(credentials), orderId));
    }

    /** v2: a page (from 1) of the shop's products ({@code products.read}). */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject products(Map<String, String> credentials, int page, int limit) {
        return withToken(credentials, (api, bearer) -> api.products(bearer, org(credentials), credentials.get(PharmaOne.SHOP_ID), page, limit));
    }

    /** v2: a page (from 1) of the org's stock ({@code inventory.read}). */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject inventory(Map<String, String> credentials, int page, int limit) {
        return withToken(credentials, (api, bearer) -> api.inventory(bearer, org(credentials), page, limit));
    }

    /** v1: an order request (a repeat with the same {@code external_id} answers the first). */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject orderRequest(Map<String, String> credentials, JsonObject order) {
        return call(credentials, api -> api.orderRequest(credentials.get(PharmaOne.API_KEY), org(credentials), order));
    }

    /** The pharmacy's External Telemedicine Connector: as v1, on the shop's own domain. */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject externalOrder(Map<String, String> credentials, JsonObject order) {
        String shop = credentials.get(PharmaOne.SHOP_DOMAIN);
        String shopUrl = gateway.map(url -> url.replaceAll("/+$", "") + "/shops/" + shop).orElse("https://" + shop);
        return vendor.call(PharmaOne.DESCRIPTION.label(), limitKey(credentials), limit, () -> {
            try (PharmaOneShopApi api = vendor.client(PharmaOneShopApi.class, PharmaOne.KEY, shopUrl)) {
                return api.externalOrder(credentials.get(PharmaOne.API_KEY), order);
            }
        });
    }

    /** A v2 call with the kept token, or a new one; a kept token PharmaOne refuses is replaced once. */
    private JsonObject withToken(Map<String, String> credentials, java.util.function.BiFunction<PharmaOneApi, String, JsonObject> request) {
        return tokens.withToken(PharmaOne.KEY, tokenKey(credentials), () -> exchange(credentials),
                jwt -> call(credentials, api -> request.apply(api, "Bearer " + jwt)));
    }

    /** Exchanges the API key for a JWT and keeps it. */
    private String exchange(Map<String, String> credentials) {
        Instant now = Instant.now();
        JsonObject answer = call(credentials, api -> api.token(credentials.get(PharmaOne.API_KEY), org(credentials), JsonValue.EMPTY_JSON_OBJECT));
        return tokens.keepIssued(PharmaOne.KEY, PharmaOne.DESCRIPTION.label(), tokenKey(credentials), answer, now);
    }

    /** Every call, retries and token exchanges included, counts against the org's limit; the client is closed after it. */
    private JsonObject call(Map<String, String> credentials, Function<PharmaOneApi, JsonObject> request) {
        String apiUrl = gateway.orElse(PharmaOne.API_URL);
        return vendor.call(PharmaOne.DESCRIPTION.label(), limitKey(credentials), limit, () -> {
            try (PharmaOneApi api = vendor.client(PharmaOneApi.class, PharmaOne.KEY, apiUrl)) {
                return request.apply(api);
            }
        });
    }

    /** What a token is issued for: the org's key. */
    private static String tokenKey(Map<String, String> credentials) {
        return org(credentials) + ":" + credentials.get(PharmaOne.API_KEY);
    }

    private static String limitKey(Map<String, String> credentials) {
        return "pharmaone:" + Tokens.sha256Hex(org(credentials) + ":" + credentials.get(PharmaOne.API_KEY));
    }

    private static String org(Map<String, String> credentials) {
        return credentials.get(PharmaOne.ORG_ID);
    }
}

package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Every call MedGrid makes to Centre Research: the connection's key as {@code X-API-Key}, against
 * the connection's base URL (else {@code centre_research/mp-rest/url}, else the production API),
 * {@code medgrid.centre_research.rate-limit} kept on our side (Centre Research publishes none), and
 * Fault Tolerance around each call as for every vendor (values per method through MicroProfile
 * Config, e.g. {@code com.medgrid.vendors.centreresearch.CentreResearchCalls/Retry/maxRetries}).
 * Both calls are retried up to 3 times with jitter, as the integration guide asks: placing is safe
 * to repeat because {@code partnerOrderId} dedupes it. A refusal, a refused key or a 429 is not
 * retried here: the first two will not change, and a 429's {@code Retry-After} is honoured by the
 * outbox relay rescheduling the dispatch, which also backs off exponentially across attempts.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Bulkhead(4)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
public class CentreResearchCalls {

    /** An order id no partner has: the probe asks for it, and any answer from Centre Research but 401 means the key works. */
    static final String PROBE_ORDER = "medgrid-connection-check";

    @Inject
    VendorCalls vendor;
    @Inject
    @ConfigProperty(name = "centre_research/mp-rest/url", defaultValue = CentreResearch.API_URL)
    String defaultUrl;
    @Inject
    @ConfigProperty(name = "medgrid.centre_research.rate-limit", defaultValue = "120/PT1M")
    String rateLimit;

    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(rateLimit);
    }

    /**
     * @return empty when Centre Research accepts the key at the connection's URL, else why not
     * @throws VendorException when Centre Research cannot tell now (down, rate limited)
     */
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            call(credentials, (api, key) -> api.order(key, PROBE_ORDER));
        } catch (VendorException.NotConfigured refused) {
            return Optional.of(refused.getMessage());
        } catch (VendorException.Rejected unknownOrder) {
            // Centre Research authenticated the key, then found no such order (404 or success:false)
        }
        return Optional.empty();
    }

    /** @return the placed order's data, or the existing order's for a {@code partnerOrderId} placed before */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject placeOrder(Map<String, String> credentials, JsonObject order) {
        return CentreResearchAnswers.data(call(credentials, (api, key) -> api.placeOrder(key, order)));
    }

    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject order(Map<String, String> credentials, String orderId) {
        return CentreResearchAnswers.data(call(credentials, (api, key) -> api.order(key, orderId)));
    }

    /** Every call, retries included, counts against the key's limit; the client built for it is closed after it. */
    private JsonObject call(Map<String, String> credentials, BiFunction<CentreResearchApi, String, JsonObject> request) {
        String key = credentials.get(CentreResearch.API_KEY);
        String baseUrl = baseUrl(credentials);
        return vendor.call(CentreResearch.DESCRIPTION.label(), "centre_research:" + Tokens.sha256Hex(key), limit, () -> {
            try (CentreResearchApi api = vendor.client(CentreResearchApi.class, CentreResearch.KEY, baseUrl)) {
                return request.apply(api, key);
            }
        });
    }

    private String baseUrl(Map<String, String> credentials) {
        String url = credentials.getOrDefault(CentreResearch.API_URL_KEY, defaultUrl);
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw VendorException.notConfigured("centre_research_api_url must be an http(s) URL, got " + url + ".");
        }
        return url;
    }
}

package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every call MedGrid makes to ShipStation: Basic auth from the connection's key pair, ShipStation's
 * 40 requests per minute per key pair kept on our side first, and Fault Tolerance around each call
 * (values per method through MicroProfile Config, e.g.
 * {@code com.medgrid.vendors.shipstation.ShipStationCalls/Timeout/value}): a call ends within 10 s,
 * at most 4 run at once (a slow ShipStation holds 4 threads, never another vendor's), and once the
 * last 8 calls all failed the breaker opens for 30 s, so due dispatches fail fast and are rescheduled
 * instead of each waiting out a timeout. Reads are retried; a 429 is not waited out here: the relay reschedules.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Bulkhead(4)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
public class ShipStationCalls {

    static final String INVALID_CREDENTIALS = "Invalid API Key or Secret — ShipStation rejected the credentials.";

    @Inject
    @RestClient
    ShipStationApi api;
    @Inject
    VendorCalls vendor;
    @Inject
    RateLimiter limiter;
    @Inject
    @ConfigProperty(name = "shipstation/mp-rest/url", defaultValue = ShipStation.API_URL)
    String baseUrl;
    @Inject
    @ConfigProperty(name = "medgrid.shipstation.rate-limit", defaultValue = "40/PT1M")
    String rateLimit;

    private Client resourceClient;
    private RateLimit limit;

    @PostConstruct
    void init() {
        resourceClient = vendor.plainClient();
        limit = RateLimit.parse(rateLimit);
    }

    @PreDestroy
    void close() {
        resourceClient.close();
    }

    /**
     * @return empty when ShipStation accepts the key pair, else why it refused it
     * @throws VendorException when ShipStation cannot tell now (down, rate limited)
     */
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            call(credentials, auth -> api.listTags(auth));
            return Optional.empty();
        } catch (VendorException.NotConfigured | VendorException.Rejected refused) {
            return Optional.of(refused.getMessage());
        }
    }

    public JsonObject createOrder(Map<String, String> credentials, JsonObject order) {
        return call(credentials, auth -> api.createOrder(auth, order));
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject shipments(Map<String, String> credentials, String orderId) {
        return call(credentials, auth -> api.shipments(auth, orderId));
    }

    /** The account's subscriptions to webhooks that point at {@code urlPrefix}, by id. */
    public List<String> webhooksTo(Map<String, String> credentials, String urlPrefix) {
        JsonValue hooks = call(credentials, auth -> api.webhooks(auth)).get("webhooks");
        List<String> ids = new ArrayList<>();
        if (hooks != null && hooks.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue hook : hooks.asJsonArray()) {
                if (hook instanceof JsonObject object && object.getString("Url", "").startsWith(urlPrefix)) {
                    ids.add(object.get("WebHookID").toString().replace("\"", ""));
                }
            }
        }
        return ids;
    }

    public void subscribe(Map<String, String> credentials, String targetUrl, String event) {
        call(credentials, auth -> api.subscribe(auth, ApiJson.JSON.createObjectBuilder().add("target_url", targetUrl)
                .add("event", event).add("friendly_name", "MedGrid " + event).build()));
    }

    public void unsubscribe(Map<String, String> credentials, String webhookId) {
        call(credentials, auth -> {
            api.unsubscribe(auth, webhookId);
            return null;
        });
    }

    /**
     * Fetches a webhook's {@code resource_url}, which must lie under the configured ShipStation API:
     * the URL comes from an unauthenticated request, and fetching anything else with the vendor's
     * credentials would leak them (and let callers make us fetch arbitrary URLs).
     */
    @Retry(maxRetries = 2, delay = 200, jitter = 100,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject fetchResource(Map<String, String> credentials, String resourceUrl) {
        URI uri = resourceUri(resourceUrl).orElseThrow(() -> VendorException.rejected(
                "resource_url must point at the ShipStation API (" + baseUrl + ")."));
        return call(credentials, auth -> vendor.object(resourceClient.target(uri).request("application/json")
                .header("Authorization", auth).get(), new ShipStationErrors()));
    }

    /** @return the URL to fetch for a webhook's {@code resource_url}, or empty when it is not under the configured API */
    Optional<URI> resourceUri(String resourceUrl) {
        return ShipStationResourceUrl.under(URI.create(baseUrl), resourceUrl);
    }

    /** Every call, retries included, counts against the key pair's 40 per minute. */
    private <T> T call(Map<String, String> credentials, Function<String, T> request) {
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.get("api_key") + ":" + credentials.get("api_secret")).getBytes(StandardCharsets.UTF_8));
        return vendor.call(ShipStation.DESCRIPTION.label(), "shipstation:" + Tokens.sha256Hex(credentials.get("api_key")), limit,
                () -> request.apply(auth));
    }
}

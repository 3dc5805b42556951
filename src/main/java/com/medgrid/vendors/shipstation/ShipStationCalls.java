package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorHttp;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every call MedGrid makes to ShipStation goes through here: Basic auth from the connection's key
 * pair, ShipStation's 40 requests per minute per key pair enforced on our side first, a 429 honoured
 * by waiting for {@code X-Rate-Limit-Reset} (up to 3 retries with back-off, then the caller
 * reschedules), and every other failure turned into a {@link VendorException} that says whether to retry.
 */
@ApplicationScoped
public class ShipStationCalls {

    static final int MAX_429_RETRIES = 3;
    private static final String VENDOR = "ShipStation";
    static final String INVALID_CREDENTIALS = "Invalid API Key or Secret — ShipStation rejected the credentials.";

    @Inject
    RateLimiter limiter;
    @Inject
    @ConfigProperty(name = "medgrid.shipstation.url")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "medgrid.shipstation.rate-limit", defaultValue = "40/PT1M")
    String rateLimit;
    /** The longest a call waits in-line for a 429 reset; longer resets go back to the relay. */
    @Inject
    @ConfigProperty(name = "medgrid.shipstation.max-inline-wait", defaultValue = "PT5S")
    Duration maxInlineWait;
    @Inject
    @ConfigProperty(name = "medgrid.shipstation.timeout", defaultValue = "PT15S")
    Duration timeout;

    private ShipStationApi api;
    private Client resourceClient;
    private RateLimit limit;

    @PostConstruct
    void init() {
        api = VendorHttp.client(ShipStationApi.class, baseUrl, timeout);
        resourceClient = VendorHttp.client(timeout);
        limit = RateLimit.parse(rateLimit);
    }

    /** @return empty when ShipStation accepts the key pair, else the reason for the vendor */
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            call(credentials, auth -> api.listTags(auth));
            return Optional.empty();
        } catch (VendorException e) {
            return Optional.of(e.getMessage());
        }
    }

    public JsonObject createOrder(Map<String, String> credentials, JsonObject order) {
        return VendorHttp.object(VENDOR, call(credentials, auth -> api.createOrder(auth, order)));
    }

    public JsonObject shipments(Map<String, String> credentials, String orderId) {
        return VendorHttp.object(VENDOR, call(credentials, auth -> api.shipments(auth, orderId)));
    }

    public void subscribe(Map<String, String> credentials, String targetUrl, String event) {
        call(credentials, auth -> api.subscribe(auth, ApiJson.JSON.createObjectBuilder().add("target_url", targetUrl)
                .add("event", event).add("friendly_name", "MedGrid " + event).build()));
    }

    /**
     * Fetches a webhook's {@code resource_url}, which must lie under the configured ShipStation API:
     * the URL comes from an unauthenticated request, and fetching anything else with the vendor's
     * credentials would leak them (and let callers make us fetch arbitrary URLs).
     */
    public JsonObject fetchResource(Map<String, String> credentials, String resourceUrl) {
        URI uri = resourceUri(resourceUrl).orElseThrow(() -> VendorException.rejected(
                "resource_url must point at the ShipStation API (" + baseUrl + ")."));
        return VendorHttp.object(VENDOR, call(credentials, auth -> resourceClient.target(uri).request("application/json").header("Authorization", auth).get()));
    }

    /** @return the URL to fetch for a webhook's {@code resource_url}, or empty when it is not under the configured API */
    Optional<URI> resourceUri(String resourceUrl) {
        return ShipStationResourceUrl.under(URI.create(baseUrl), resourceUrl);
    }

    private JsonValue call(Map<String, String> credentials, Function<String, Response> request) {
        String key = "shipstation:" + Tokens.sha256Hex(credentials.get("api_key"));
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.get("api_key") + ":" + credentials.get("api_secret")).getBytes(StandardCharsets.UTF_8));
        for (int retry = 0; ; retry++) {
            // every attempt counts against the key pair's 40 per minute, retries after a 429 included
            try (Response response = VendorHttp.send(VENDOR, limiter, key, limit, () -> request.apply(auth))) {
                int status = response.getStatus();
                if (status == 429) {
                    Duration reset = Duration.ofSeconds(headerSeconds(response, "X-Rate-Limit-Reset").orElse(60L));
                    if (retry >= MAX_429_RETRIES || reset.compareTo(maxInlineWait) > 0) {
                        throw VendorException.rateLimited("ShipStation rate limit reached (HTTP 429); reset in " + reset.toSeconds() + " s.", reset);
                    }
                    pause(reset.plusMillis(250L << retry));
                    continue;
                }
                if (status == 401) {
                    // the connection no longer works: dispatches wait for the vendor to reconnect
                    throw VendorException.notConfigured(INVALID_CREDENTIALS);
                }
                return VendorHttp.read(VENDOR, response);
            }
        }
    }

    private static Optional<Long> headerSeconds(Response response, String header) {
        try {
            return Optional.ofNullable(response.getHeaderString(header)).map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VendorException.unavailable("Interrupted while waiting for ShipStation's rate limit.", e);
        }
    }
}

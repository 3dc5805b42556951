package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.validation.TextRules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every call MedGrid makes to a Shopify shop's Admin GraphQL API, with Fault Tolerance as for every
 * vendor (values per method through MicroProfile Config, e.g.
 * {@code com.medgrid.vendors.shopify.ShopifyCalls/Timeout/value}). Calls are paced by the shop's
 * cost bucket ({@link ShopifyCostPacer}); a {@code THROTTLED} answer, which Shopify may send with
 * HTTP 200, waits for the points and goes again, so a sync is slowed, never failed, by the limit.
 * Queries are retried when Shopify is down; mutations are not (placing an order looks for it first).
 * GraphQL errors other than throttling are refusals: the same document would fail again.
 */
@ApplicationScoped
@Timeout(value = 30, unit = ChronoUnit.SECONDS) // a call may wait for its points: a full bucket refills within 20 s
@Bulkhead(4)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 1.0, delay = 30, delayUnit = ChronoUnit.SECONDS,
        skipOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
public class ShopifyCalls {

    static final String CONFIG_KEY = "shopify";
    /** How often one call waits for the bucket after THROTTLED answers before it gives the dispatch back to the relay. */
    private static final int THROTTLED_WAITS = 5;
    private static final int ERROR_SHOWN = 300;

    @Inject
    VendorCalls vendor;
    @Inject
    ShopifyCostPacer pacer;
    @Inject
    @ConfigProperty(name = CONFIG_KEY + "/mp-rest/url")
    Optional<String> gateway;
    @Inject
    @ConfigProperty(name = "medgrid.shopify.rate-limit", defaultValue = "600/PT1M")
    String rateLimit;

    private RateLimit limit;

    @PostConstruct
    void init() {
        limit = RateLimit.parse(rateLimit);
    }

    /** A query's {@code data}; retried when Shopify does not answer or answers 5xx. */
    @Retry(maxRetries = 3, delay = 300, jitter = 200,
            abortOn = {VendorException.Rejected.class, VendorException.NotConfigured.class, VendorException.RateLimited.class})
    public JsonObject query(ShopifyShop shop, ShopifyOperation operation, JsonObject variables) {
        if (operation.mutation()) {
            throw new IllegalArgumentException(operation + " is a mutation: use mutate");
        }
        return send(shop, operation, variables);
    }

    /** A mutation's {@code data}, sent once. */
    public JsonObject mutate(ShopifyShop shop, ShopifyOperation operation, JsonObject variables) {
        return send(shop, operation, variables);
    }

    private JsonObject send(ShopifyShop shop, ShopifyOperation operation, JsonObject variables) {
        JsonObject request = ApiJson.JSON.createObjectBuilder().add("query", operation.document())
                .add("operationName", operation.operationName()).add("variables", variables).build();
        for (int attempt = 1; ; attempt++) {
            sleep(pacer.reserve(shop.domain(), operation.operationName()));
            JsonObject answer = vendor.call("Shopify", "shopify:" + shop.domain(), limit, () -> {
                try (ShopifyApi api = vendor.client(ShopifyApi.class, CONFIG_KEY, shopUrl(shop.domain()))) {
                    return api.graphql(shop.token(), shop.apiVersion(), request);
                }
            });
            pacer.observed(shop.domain(), operation.operationName(), answer);
            if (!throttled(answer)) {
                return data(operation, answer);
            }
            if (attempt == THROTTLED_WAITS) {
                Duration wait = pacer.reserve(shop.domain(), operation.operationName());
                throw VendorException.rateLimited("Shopify kept answering THROTTLED to " + operation.operationName() + " on "
                        + shop.domain() + ".", wait.isZero() ? Duration.ofSeconds(1) : wait);
            }
        }
    }

    /** A shop's base URL: {@code https://<shop>}, or under {@code shopify/mp-rest/url} (the sandbox, a test double). */
    String shopUrl(String domain) {
        return gateway.map(url -> url.replaceAll("/+$", "") + "/" + domain).orElse("https://" + domain);
    }

    private static boolean throttled(JsonObject answer) {
        return errors(answer).stream().map(JsonValue::asJsonObject).anyMatch(error -> error.get("extensions") instanceof JsonObject extensions
                && extensions.get("code") instanceof JsonString code && "THROTTLED".equals(code.getString()));
    }

    private static JsonObject data(ShopifyOperation operation, JsonObject answer) {
        JsonArray errors = errors(answer);
        if (!errors.isEmpty()) {
            String messages = errors.stream().map(error -> error instanceof JsonObject object && object.get("message") instanceof JsonString text
                    ? text.getString() : error.toString()).collect(Collectors.joining("; "));
            throw VendorException.rejected("Shopify refused " + operation.operationName() + ": " + TextRules.clip(messages, ERROR_SHOWN));
        }
        if (!(answer.get("data") instanceof JsonObject data)) {
            throw VendorException.unavailable("Shopify answered " + operation.operationName() + " without data: "
                    + TextRules.clip(answer.toString(), ERROR_SHOWN), null);
        }
        return data;
    }

    /** GraphQL's {@code errors}: a list; a REST-style string (some gateway answers) counts as one error. */
    private static JsonArray errors(JsonObject answer) {
        JsonValue errors = answer.get("errors");
        if (errors instanceof JsonArray list) {
            return list;
        }
        if (errors instanceof JsonString text) {
            return ApiJson.JSON.createArrayBuilder().add(ApiJson.JSON.createObjectBuilder().add("message", text.getString())).build();
        }
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private static void sleep(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis() + 1); // the shop's bucket refilling: this thread's call is the one that waits for it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VendorException.unavailable("Interrupted while waiting for Shopify's cost bucket.", e);
        }
    }
}

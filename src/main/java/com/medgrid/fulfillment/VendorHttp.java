package com.medgrid.fulfillment;

import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import com.medgrid.platform.validation.TextRules;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How every vendor adapter talks HTTP: REST clients that hand back every answer (the adapter
 * reads statuses and rate-limit headers itself), the vendor's rate limit taken before each call,
 * a call that got no answer turned into a retryable fault, and answers read the same way: 5xx is
 * the vendor being down (retry), other 4xx is the vendor refusing the request (an admin looks),
 * 2xx must be JSON (anything else is garbage, retried). Auth and 429 are the adapter's to handle first.
 */
public final class VendorHttp {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final long CONNECT_SECONDS = 5;

    private VendorHttp() {
    }

    /** A MicroProfile REST client for {@code api} at {@code baseUrl}, answers of every status returned as Responses. */
    public static <T> T client(Class<T> api, String baseUrl, Duration readTimeout) {
        return RestClientBuilder.newBuilder().baseUri(URI.create(baseUrl))
                .property("microprofile.rest.client.disable.default.mapper", true)
                .connectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS).readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(api);
    }

    /** A plain JAX-RS client for URLs a vendor hands us (resource URLs, registries), with the same timeouts. */
    public static Client client(Duration readTimeout) {
        return ClientBuilder.newBuilder().connectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /**
     * Takes a permit for {@code key} under the vendor's limit, then makes the call.
     *
     * @throws VendorException rate limited (with the wait) when no permit is left, unavailable when nothing answered
     */
    public static Response send(String vendor, RateLimiter limiter, String key, RateLimit limit, Supplier<Response> call) {
        limiter.tryAcquire(key, limit).ifPresent(wait -> {
            throw VendorException.rateLimited(vendor + " allows " + limit.permits() + " requests per " + limit.window().toSeconds()
                    + " s; the next slot is in " + wait.toSeconds() + " s.", wait);
        });
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw VendorException.unavailable(vendor + " did not answer: " + e.getMessage(), e);
        }
    }

    public static JsonValue read(String vendor, Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (status >= 500) {
            throw VendorException.unavailable(vendor + " answered HTTP " + status + ".", null);
        }
        if (status >= 400) {
            throw VendorException.rejected(vendor + " refused the request (HTTP " + status + "): " + clip(body));
        }
        if (body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try {
            return JSON.createReader(new StringReader(body)).readValue();
        } catch (JsonException | IllegalStateException e) {
            throw VendorException.unavailable(vendor + " answered with malformed JSON: " + clip(body), e);
        }
    }

    public static JsonObject object(String vendor, JsonValue value) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw VendorException.unavailable(vendor + " answered with JSON that is not an object: " + clip(value.toString()), null);
    }

    private static String clip(String text) {
        return TextRules.clip(text, 300) + (text.length() > 300 ? "…" : "");
    }
}

package com.medgrid.fulfillment;

import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import com.medgrid.platform.validation.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.StringReader;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How every vendor adapter makes its calls: the vendor's rate limit taken first (the one
 * {@link RateLimiter} all vendors share), and a call that got no answer, or an answer that is not
 * JSON, turned into {@link VendorException.Unavailable}. Error statuses become typed exceptions in
 * the vendor's {@link VendorResponseErrors}. REST clients for URLs that differ per connection are
 * built here with the same {@code <configKey>/mp-rest/*} timeouts as injected ones.
 */
@ApplicationScoped
public class VendorCalls {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int BODY_SHOWN = 300;

    @Inject
    RateLimiter limiter;
    @Inject
    Config config;

    /**
     * Takes a permit for {@code limitKey} under the vendor's limit, then makes the call.
     *
     * @throws VendorException rate limited (with the wait) when no permit is left; unavailable when nothing (readable) answered
     */
    public <T> T call(String vendor, String limitKey, RateLimit limit, Supplier<T> call) {
        limiter.tryAcquire(limitKey, limit).ifPresent(wait -> {
            throw VendorException.rateLimitedHere(vendor + " allows " + limit.permits() + " requests per " + limit.window().toSeconds()
                    + " s; the next slot is in " + wait.toSeconds() + " s.", wait);
        });
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw VendorException.unavailable(noAnswer(e) ? vendor + " did not answer: " + e.getMessage()
                    : vendor + " answered with malformed JSON: " + TextRules.clip(String.valueOf(e.getMessage()), BODY_SHOWN), e);
        }
    }

    /** Whether the call got no answer at all (refused, reset, timed out), rather than one that could not be read. */
    private static boolean noAnswer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** A MicroProfile REST client for a vendor whose base URL differs per connection, timeouts from {@code <configKey>/mp-rest/*}. */
    public <T> T client(Class<T> api, String configKey, String baseUrl) {
        return RestClientBuilder.newBuilder().baseUri(URI.create(baseUrl))
                .connectTimeout(millis(configKey + VendorClientDefaults.CONNECT_TIMEOUT), TimeUnit.MILLISECONDS)
                .readTimeout(millis(configKey + VendorClientDefaults.READ_TIMEOUT), TimeUnit.MILLISECONDS)
                .build(api);
    }

    /** A plain JAX-RS client for URLs a vendor hands us (resource URLs, registries), with the default vendor timeouts. */
    public Client plainClient() {
        return ClientBuilder.newBuilder().connectTimeout(millis("vendor" + VendorClientDefaults.CONNECT_TIMEOUT), TimeUnit.MILLISECONDS)
                .readTimeout(millis("vendor" + VendorClientDefaults.READ_TIMEOUT), TimeUnit.MILLISECONDS).build();
    }

    /** A plain client's answer: an error status through the vendor's {@code errors}, else its body as a JSON object. */
    public JsonObject object(Response response, VendorResponseErrors errors) {
        try (response) {
            if (errors.handles(response.getStatus(), response.getHeaders())) {
                throw errors.toThrowable(response);
            }
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            JsonValue value;
            try {
                value = body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : JSON.createReader(new StringReader(body)).readValue();
            } catch (JsonException | IllegalStateException e) {
                throw VendorException.unavailable(errors.vendor() + " answered with malformed JSON: " + TextRules.clip(body, BODY_SHOWN), e);
            }
            if (value instanceof JsonObject object) {
                return object;
            }
            throw VendorException.unavailable(errors.vendor() + " answered with JSON that is not an object.", null);
        }
    }

    private long millis(String property) {
        return config.getValue(property, Long.class);
    }
}

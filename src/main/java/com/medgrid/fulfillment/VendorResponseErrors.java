package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.validation.TextRules;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import com.medgrid.platform.outbox.RetryAfter;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a vendor's error answers the same way for every vendor's REST client (register a subclass
 * with {@code @RegisterProvider}): 401 and 403 mean the connection's credentials no longer work,
 * 429 asks to wait ({@code Retry-After} in seconds or as a date, or the vendor's own reset
 * header), 5xx is the vendor being down, any other 4xx a refusal of the request's content.
 */
public abstract class VendorResponseErrors implements ResponseExceptionMapper<VendorException> {

    /** How long to wait after a 429 that does not say. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final int BODY_SHOWN = 300;

    /** The vendor's name, as errors show it. */
    public abstract String vendor();

    /** What a 401 or 403 means, as the people who connect the vendor should read it. */
    protected String refusedCredentials(int status) {
        return vendor() + " refused the credentials (HTTP " + status + ").";
    }

    /** A header in which the vendor gives the seconds until its limit resets, besides {@code Retry-After}; null if none. */
    protected String resetHeader() {
        return null;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public VendorException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            return VendorException.notConfigured(refusedCredentials(status));
        }
        if (status == 429) {
            Duration wait = wait(response);
            return VendorException.rateLimited(vendor() + " rate limit reached (HTTP 429); retry in " + wait.toSeconds() + " s.", wait);
        }
        if (status >= 500) {
            return VendorException.unavailable(vendor() + " answered HTTP " + status + ".", null);
        }
        return VendorException.rejected(vendor() + " refused the request (HTTP " + status + "): " + body(response));
    }

    /** {@code Retry-After} (seconds or an HTTP date), else the vendor's reset header, else a minute. */
    Duration wait(Response response) {
        return RetryAfter.parse(response.getHeaderString("Retry-After"))
                .or(() -> resetHeader() == null ? Optional.empty() : RetryAfter.seconds(response.getHeaderString(resetHeader())))
                .orElse(DEFAULT_WAIT);
    }

    /** The error body when it is a JSON object (most vendors' {@code {"error", "message"}}), else an empty object. */
    protected static JsonObject jsonBody(Response response) {
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            JsonValue value = ApiJson.JSON.createReader(new StringReader(text)).readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonException | IllegalStateException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static String body(Response response) {
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            return TextRules.clip(text, BODY_SHOWN) + (text.length() > BODY_SHOWN ? "…" : "");
        } catch (RuntimeException e) {
            return "(no readable body)";
        }
    }
}

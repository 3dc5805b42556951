package com.medgrid.fulfillment;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;

/**
 * Reads a vendor's HTTP answer the same way for every vendor: 5xx is the vendor being down
 * (retry), other 4xx is the vendor refusing the request (an admin looks), 2xx must be JSON
 * (anything else is garbage, retried). Rate limits and auth are the caller's to handle first.
 */
public final class VendorResponses {

    private static final JsonProvider JSON = JsonProvider.provider();

    private VendorResponses() {
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
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}

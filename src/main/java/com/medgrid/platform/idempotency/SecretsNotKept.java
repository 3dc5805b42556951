package com.medgrid.platform.idempotency;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;

/**
 * What of an answer may be kept for replays: everything but secrets, which the server shows once
 * and stores only hashed or sealed. A field named {@code secret} or ending in {@code _secret}, and
 * any {@code whsec_} value, is replaced in the kept copy, so a replay tells the caller the first
 * request succeeded without handing the secret out again.
 */
final class SecretsNotKept {

    static final String REPLACEMENT = "(shown once, in the first answer; not kept for replays)";

    private SecretsNotKept() {
    }

    /** The answer body with its secrets replaced; a body that is not JSON is kept as it is. */
    static String redact(String body) {
        try {
            return redact(ApiJson.JSON.createReader(new StringReader(body)).readValue(), false).toString();
        } catch (JsonException | IllegalStateException e) {
            return body;
        }
    }

    private static JsonValue redact(JsonValue value, boolean secretField) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder redacted = ApiJson.JSON.createObjectBuilder();
            object.forEach((name, field) -> redacted.add(name, redact(field, name.equals("secret") || name.endsWith("_secret"))));
            return redacted.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder redacted = ApiJson.JSON.createArrayBuilder();
            array.forEach(item -> redacted.add(redact(item, false)));
            return redacted.build();
        }
        if (value instanceof JsonString text && (secretField || text.getString().startsWith("whsec_"))) {
            return ApiJson.JSON.createValue(REPLACEMENT);
        }
        return value;
    }
}

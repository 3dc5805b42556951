package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What is wrong with a body MDI validates (patients, cases), as its Laravel answers it: 422
 * {@code {"message": "The given data was invalid.", "errors": {"<field>": ["<message>"]}}}, each
 * message naming the field as Laravel does ({@code address.zip_code} → "address.zip code").
 */
final class MdiInvalid {

    static final String MESSAGE = "The given data was invalid.";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    Map<String, List<String>> errors() {
        return errors;
    }

    Response response() {
        JsonObjectBuilder fields = ApiJson.JSON.createObjectBuilder();
        errors.forEach((field, messages) -> fields.add(field, ApiJson.JSON.createArrayBuilder(messages)));
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(ApiJson.JSON.createObjectBuilder().add("message", MESSAGE).add("errors", fields).build()).build();
    }

    /** A required string field, trimmed; empty (and an error) when it is absent, blank or no string. */
    Optional<String> requiredText(JsonObject body, String prefix, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL || value instanceof JsonString text && text.getString().isBlank()) {
            add(prefix + field, "The " + attribute(prefix + field) + " field is required.");
            return Optional.empty();
        }
        return text(body, prefix, field);
    }

    /** An optional string field: empty when absent or null, an error when it is no string. */
    Optional<String> optionalText(JsonObject body, String prefix, String field) {
        JsonValue value = body.get(field);
        return value == null || value == JsonValue.NULL ? Optional.empty() : text(body, prefix, field);
    }

    /** A required whole number; empty (and an error) when absent or no integer. */
    OptionalLong requiredInteger(JsonObject body, String prefix, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            add(prefix + field, "The " + attribute(prefix + field) + " field is required.");
            return OptionalLong.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return OptionalLong.of(number.longValue());
        }
        add(prefix + field, "The " + attribute(prefix + field) + " must be an integer.");
        return OptionalLong.empty();
    }

    /** Laravel's "The selected ... is invalid.", for a value that is not one of those allowed (or not known). */
    void selectedInvalid(String field) {
        add(field, "The selected " + attribute(field) + " is invalid.");
    }

    /** How Laravel names a field in a message: its underscores as spaces. */
    static String attribute(String field) {
        return field.replace('_', ' ');
    }

    private Optional<String> text(JsonObject body, String prefix, String field) {
        if (body.get(field) instanceof JsonString text) {
            return Optional.of(text.getString().trim());
        }
        add(prefix + field, "The " + attribute(prefix + field) + " must be a string.");
        return Optional.empty();
    }
}

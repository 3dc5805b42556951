package com.medgrid.platform.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A field holding a JSON list of names from a fixed vocabulary (webhook events, OAuth scopes),
 * stored as canonical JSON text and shown as the list it is.
 */
public final class NameList {

    private NameList() {
    }

    /**
     * The names of a request field: a JSON array of names, or text holding one (as form fields and
     * Frappe clients send JSON fields). Duplicates are dropped; 417 naming {@code field} for an empty
     * list, anything else, or a name outside {@code known}.
     */
    public static List<String> parse(String field, JsonValue value, Collection<String> known, String example) {
        JsonValue list = value instanceof JsonString text ? read(text.getString()) : value;
        if (!(list instanceof JsonArray array) || array.isEmpty()) {
            throw ApiException.validation(field + " must be a non-empty JSON list, e.g. " + example + ".");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString name) || !known.contains(name.getString())) {
                throw ApiException.validation(field + ": " + item + " is not one of " + String.join(", ", known) + ".");
            }
            names.add(name.getString());
        }
        return List.copyOf(names);
    }

    private static JsonValue read(String text) {
        try {
            return ApiJson.JSON.createReader(new StringReader(text)).readValue();
        } catch (JsonException e) {
            return null;
        }
    }

    /**
     * The body with {@code field} as the canonical JSON text its column stores (parsed by {@code parse},
     * which refuses what is not a list of known names), the rest as sent.
     */
    public static ApiArgs canonical(ApiArgs body, String field, java.util.function.Function<JsonValue, List<String>> parse) {
        return ApiArgs.of(ApiJson.JSON.createObjectBuilder(body.asJson()).add(field, toJson(parse.apply(body.asJson().get(field)))).build());
    }

    public static String toJson(Collection<String> names) {
        JsonArrayBuilder array = ApiJson.JSON.createArrayBuilder();
        names.forEach(array::add);
        return array.build().toString();
    }

    public static List<String> fromJson(String json) {
        return ApiJson.JSON.createReader(new StringReader(json)).readArray().getValuesAs(JsonString::getString);
    }
}

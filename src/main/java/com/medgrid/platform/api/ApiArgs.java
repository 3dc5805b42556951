package com.medgrid.platform.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments of one API call, whatever carried them: a JSON body, form fields or the query string.
 * Query and form values arrive as strings; the typed getters convert them the way Frappe does
 * ("1"/"true" are true, JSON-looking strings are parsed for structured arguments).
 */
public final class ApiArgs {

    private final JsonObject values;

    private ApiArgs(JsonObject values) {
        this.values = values;
    }

    public static ApiArgs of(JsonObject values) {
        return new ApiArgs(values);
    }

    /** From query or form parameters; a repeated parameter keeps its last value. */
    public static ApiArgs ofParameters(Map<String, List<String>> parameters) {
        JsonObjectBuilder builder = ApiJson.JSON.createObjectBuilder();
        parameters.forEach((key, list) -> {
            if (!list.isEmpty()) {
                builder.add(key, list.get(list.size() - 1));
            }
        });
        return new ApiArgs(builder.build());
    }

    public static ApiArgs empty() {
        return new ApiArgs(JsonValue.EMPTY_JSON_OBJECT);
    }

    public JsonObject asJson() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name) && values.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    public Optional<String> string(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = values.get(name);
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    public String requireString(String name) {
        return string(name).orElseThrow(() -> ApiException.validation(name + " is required."));
    }

    public Optional<Integer> integer(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = values.get(name);
        try {
            if (value instanceof JsonNumber n) {
                return Optional.of(n.intValueExact());
            }
            return string(name).map(Integer::valueOf);
        } catch (ArithmeticException | NumberFormatException e) {
            throw ApiException.validation(name + " must be an integer, got " + value + ".");
        }
    }

    public Optional<BigDecimal> decimal(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = values.get(name);
        try {
            if (value instanceof JsonNumber n) {
                return Optional.of(n.bigDecimalValue());
            }
            return string(name).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw ApiException.validation(name + " must be a number, got " + value + ".");
        }
    }

    public Optional<Boolean> bool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        return Optional.of(toBoolean(name, values.get(name)));
    }

    /** A structured argument: a JSON value in a body, or a JSON text in a query/form parameter. */
    public Optional<JsonValue> json(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = values.get(name);
        if (value instanceof JsonString s) {
            String text = s.getString().trim();
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (text.startsWith("[") || text.startsWith("{")) {
                return Optional.of(parseStructure(name, text));
            }
        }
        return Optional.of(value);
    }

    private static JsonStructure parseStructure(String name, String text) {
        try (var reader = ApiJson.JSON.createReader(new StringReader(text))) {
            return reader.read();
        } catch (JsonParsingException e) {
            throw ApiException.validation(name + " is not valid JSON: " + e.getMessage());
        }
    }

    static boolean toBoolean(String name, JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            case NUMBER -> ((JsonNumber) value).intValue() != 0;
            case STRING -> switch (((JsonString) value).getString().trim().toLowerCase()) {
                case "1", "true", "yes" -> true;
                case "0", "false", "no", "" -> false;
                default -> throw ApiException.validation(name + " must be 0 or 1, got " + value + ".");
            };
            default -> throw ApiException.validation(name + " must be 0 or 1, got " + value + ".");
        };
    }

    public Optional<JsonArray> array(String name) {
        return json(name).map(v -> {
            if (v instanceof JsonArray a) {
                return a;
            }
            throw ApiException.validation(name + " must be a JSON array.");
        });
    }
}

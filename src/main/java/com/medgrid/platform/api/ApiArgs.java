package com.medgrid.platform.api;

import com.medgrid.platform.validation.TextRules;
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

    /** Refuses (417) text with control characters anywhere in the arguments, keys included. */
    public static ApiArgs of(JsonObject values) {
        checkText(null, values);
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
        return of(builder.build());
    }

    private static void checkText(String name, JsonValue value) {
        switch (value.getValueType()) {
            case STRING -> TextRules.problem(((JsonString) value).getString(), false).ifPresent(problem -> {
                throw ApiException.validation((name == null ? "A value" : name) + " " + problem + ".");
            });
            case OBJECT -> ((JsonObject) value).forEach((key, item) -> {
                TextRules.problem(key, true).ifPresent(problem -> {
                    throw ApiException.validation("An argument name " + problem + ".");
                });
                checkText(key, item);
            });
            case ARRAY -> ((JsonArray) value).forEach(item -> checkText(name, item));
            default -> {
            }
        }
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

    /** A text argument; a number is taken as its digits, anything else structured is a 417. */
    public Optional<String> string(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonValue value = values.get(name);
        if (!(value instanceof JsonString) && !(value instanceof JsonNumber)) {
            throw ApiException.validation(name + " must be text, got " + describe(value) + ".");
        }
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
        JsonDepth.check(text);
        try (var reader = ApiJson.JSON.createReader(new StringReader(text))) {
            return reader.read();
        } catch (JsonParsingException e) {
            throw ApiException.validation(name + " is not valid JSON: " + e.getMessage());
        }
    }

    /** Frappe's checks: 0 or 1 (JSON booleans and the texts "0", "1", "true", "false" too); nothing else guesses. */
    static boolean toBoolean(String name, JsonValue value) {
        String text = switch (value.getValueType()) {
            case TRUE -> "1";
            case FALSE -> "0";
            case NUMBER, STRING -> value instanceof JsonString s ? s.getString().trim().toLowerCase() : value.toString();
            default -> "";
        };
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw ApiException.validation(name + " must be 0 or 1, got " + value + ".");
        };
    }

    /** How an unexpected JSON value is named in an error message. */
    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case TRUE, FALSE -> "a boolean";
            default -> value.toString();
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

package com.medgrid.platform.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the arguments of a request the way Frappe does: with a JSON body, from the body only;
 * with a form body, from the form; otherwise from the query string.
 */
public final class RequestArgs {

    private RequestArgs() {
    }

    public static ApiArgs from(MediaType contentType, String body, Map<String, List<String>> query) {
        if (body == null || body.isBlank()) {
            return ApiArgs.ofParameters(query);
        }
        if (contentType != null && contentType.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return ApiArgs.ofParameters(parseForm(body));
        }
        if (contentType == null || contentType.getSubtype().endsWith("json") || contentType.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return ApiArgs.of(parseJsonObject(body));
        }
        throw new ApiException(ApiError.BAD_REQUEST,
                "Unsupported Content-Type " + contentType + ": send application/json or application/x-www-form-urlencoded.");
    }

    static JsonObject parseJsonObject(String body) {
        JsonValue value;
        try (var reader = ApiJson.JSON.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw ApiException.badRequest("Malformed JSON in request body: " + e.getMessage());
        } catch (jakarta.json.JsonException e) {
            throw ApiException.badRequest("Malformed JSON in request body.");
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw ApiException.badRequest("The request body must be a JSON object.");
    }

    private static Map<String, List<String>> parseForm(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            form.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
        }
        return form;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed form encoding in request body.");
        }
    }
}

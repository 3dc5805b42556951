package com.medgrid.platform.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * The one place that writes Frappe's error body:
 * {@code {"exc_type": ..., "exception": "frappe.exceptions.X: msg", "_server_messages": "[\"{\\\"message\\\": ...}\"]"}}.
 * {@code _server_messages} is a JSON string holding a list of JSON strings, exactly as Frappe sends it,
 * so that clients which double-decode it (frappe-js-sdk, the desk) keep working.
 * <p>
 * Under {@code /api/v2} Frappe v15 answers errors in another shape, {@code {"errors": [{"type": ...,
 * "message": ..., "title": ..., "indicator": ...}]}} ({@link #v2}); the status and the type names are the same.
 */
public final class ErrorBody {

    /** Where Frappe v15's v2 API is served. */
    public static final String V2_ROOT = "/api/v2";

    private ErrorBody() {
    }

    public static JsonObject of(ApiError error, List<String> messages) {
        return of(error, messages, null);
    }

    /** @param errorId correlation id logged with the stack trace of an unexpected failure, or null */
    public static JsonObject of(ApiError error, List<String> messages, String errorId) {
        JsonArrayBuilder serverMessages = ApiJson.JSON.createArrayBuilder();
        for (String message : messages) {
            serverMessages.add(ApiJson.JSON.createObjectBuilder()
                    .add("message", message)
                    .add("title", error.status() >= 500 ? "Error" : "Message")
                    .add("indicator", "red")
                    .add("raise_exception", 1)
                    .build().toString());
        }
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder()
                .add("exc_type", error.excType())
                .add("exception", "frappe.exceptions." + error.excType() + ": " + String.join("; ", messages))
                .add("_server_messages", serverMessages.build().toString());
        if (errorId != null) {
            body.add("error_id", errorId);
        }
        return body.build();
    }

    /** Whether {@code path} (a request URI such as {@code /api/v2/document/Item}) is under Frappe v15's v2 API. */
    public static boolean isV2(String path) {
        return path != null && (path.equals(V2_ROOT) || path.startsWith(V2_ROOT + "/"));
    }

    /** The error body for a request to {@code path}: v2's shape under {@code /api/v2}, the one above elsewhere. */
    public static JsonObject forPath(String path, ApiError error, List<String> messages, String errorId) {
        JsonObject body = of(error, messages, errorId);
        return isV2(path) ? v2(body) : body;
    }

    /**
     * A body that {@link #of} wrote, in v2's shape: one entry of {@code errors} per message, with the
     * message's fields but {@code raise_exception} (as Frappe drops it) and the {@code error_id} if any.
     * Any other body is returned as it is. Reading {@link #of}'s output back keeps one writer of the
     * messages' fields, and lets a response filter convert the errors that code outside the API package
     * writes (authentication, CSRF) without knowing about versions.
     */
    public static JsonObject v2(JsonObject body) {
        if (!(body.get("exc_type") instanceof JsonString type) || !(body.get("_server_messages") instanceof JsonString encoded)) {
            return body;
        }
        JsonArrayBuilder errors = ApiJson.JSON.createArrayBuilder();
        for (JsonValue message : read(encoded.getString()).asJsonArray()) {
            JsonObjectBuilder entry = ApiJson.JSON.createObjectBuilder().add("type", type.getString());
            read(((JsonString) message).getString()).asJsonObject().forEach((field, value) -> {
                if (!field.equals("raise_exception")) {
                    entry.add(field, value);
                }
            });
            if (body.get("error_id") instanceof JsonString errorId) {
                entry.add("error_id", errorId);
            }
            errors.add(entry);
        }
        return ApiJson.JSON.createObjectBuilder().add("errors", errors).build();
    }

    private static JsonValue read(String json) {
        try (var reader = ApiJson.JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    public static Response response(ApiError error, List<String> messages) {
        return response(error, of(error, messages));
    }

    public static Response response(ApiError error, JsonObject body) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** Answers a servlet request (a filter's refusal, an error page) with {@code status} and this body. */
    public static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}

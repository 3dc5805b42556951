package com.medgrid.platform.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The one place that writes Frappe's error body:
 * {@code {"exc_type": ..., "exception": "frappe.exceptions.X: msg", "_server_messages": "[\"{\\\"message\\\": ...}\"]"}}.
 * {@code _server_messages} is a JSON string holding a list of JSON strings, exactly as Frappe sends it,
 * so that clients which double-decode it (frappe-js-sdk, the desk) keep working.
 */
public final class ErrorBody {

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

    public static Response response(ApiError error, List<String> messages) {
        return response(error, of(error, messages));
    }

    public static Response response(ApiError error, JsonObject body) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}

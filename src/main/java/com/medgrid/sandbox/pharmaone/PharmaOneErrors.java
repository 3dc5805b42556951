package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** PharmaOne's error bodies, {@code {"error": "<code>", "message": "<text>"}}, the same on every route. */
final class PharmaOneErrors {

    private PharmaOneErrors() {
    }

    static Response error(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body(error, message).build()).build();
    }

    /** 401 for a wrong, unknown or missing API key, or a key of another org. */
    static Response invalidApiKey() {
        return error(401, "unauthorized", "Invalid API key");
    }

    static Response notFound(String message) {
        return error(404, "not_found", message);
    }

    /** 403 naming the scope the route needs, so the org owner knows which one to grant. */
    static Response insufficientScope(String scope) {
        return Response.status(403).type(MediaType.APPLICATION_JSON).entity(body("insufficient_scope", "This token lacks the scope " + scope)
                .add("required_scope", scope).build()).build();
    }

    /** 422 with what is wrong with each field ({@code items[0].product_id} → {@code unknown product}). */
    static Response validationFailed(Map<String, String> fields) {
        JsonObjectBuilder problems = ApiJson.JSON.createObjectBuilder();
        fields.forEach(problems::add);
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body("validation_failed", "The request has "
                + fields.size() + (fields.size() == 1 ? " invalid field" : " invalid fields")).add("fields", problems).build()).build();
    }

    private static JsonObjectBuilder body(String error, String message) {
        return ApiJson.JSON.createObjectBuilder().add("error", error).add("message", message);
    }
}

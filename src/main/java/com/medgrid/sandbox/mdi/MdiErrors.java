package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * MDI's error bodies, {@code {"error": "<detail>", "message": "<friendly text>"}} (the document's
 * "Error Format"), with its codes; maintenance (418) carries the friendly message alone.
 */
final class MdiErrors {

    private MdiErrors() {
    }

    static Response error(int status, String error, String message) {
        return json(status, ApiJson.JSON.createObjectBuilder().add("error", error).add("message", message).build());
    }

    /** 400: a body or query MDI cannot take; {@code message} names what is wrong. */
    static Response invalidRequest(String message) {
        return error(400, "invalid_request", message);
    }

    /** 401 from the token exchange: an unknown client, or a wrong secret. */
    static Response invalidClient() {
        return error(401, "invalid_client", "Client authentication failed");
    }

    /** 401 for a missing, unknown, expired or revoked access token: the connector requests a new one. */
    static Response unauthenticated() {
        return error(401, "Unauthenticated.", "Unauthenticated.");
    }

    static Response notFound(String message) {
        return error(404, "not_found", message);
    }

    /** 418, the document's "API under maintenance". */
    static Response maintenance() {
        return json(418, ApiJson.JSON.createObjectBuilder().add("message", "API under maintenance").build());
    }

    /** JSON whatever the caller accepts: the simulator checks {@code Accept} itself, after the caller. */
    private static Response json(int status, Object entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }
}

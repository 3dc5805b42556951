package com.medgrid.sandbox.mdi;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.List;
import java.util.Optional;

/**
 * The body of {@code POST /v1/partner/auth/token}, {@code {"grant_type": "client_credentials",
 * "client_id", "client_secret", "scope": "*"}}: every field is required, and the document fixes the
 * values of two of them. What is wrong with a body is answered before its client is authenticated.
 */
record MdiTokenRequest(String grantType, String clientId, String clientSecret, String scope) {

    static final String GRANT_TYPE = "client_credentials";
    static final String SCOPE = "*";
    private static final List<String> FIELDS = List.of("grant_type", "client_id", "client_secret", "scope");

    /** The request in the body; fields absent (or not strings) are empty. A missing body is an empty one. */
    static MdiTokenRequest of(JsonObject body) {
        JsonObject given = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return new MdiTokenRequest(text(given, "grant_type"), text(given, "client_id"), text(given, "client_secret"), text(given, "scope"));
    }

    /** A string field of a JSON body, trimmed; empty when it is absent or no string. The simulator reads every body so. */
    static String text(JsonObject body, String field) {
        return body.get(field) instanceof JsonString value ? value.getString().trim() : "";
    }

    /** Why MDI answers 400 ({@code error}, and a {@code message} naming the field); none when the request may go on. */
    record Refusal(String error, String message) {
    }

    /** The first field missing or wrong, if any. */
    Optional<Refusal> refusal() {
        List<String> values = List.of(grantType, clientId, clientSecret, scope);
        for (int i = 0; i < FIELDS.size(); i++) {
            if (values.get(i).isEmpty()) {
                return Optional.of(new Refusal("invalid_request", "The " + FIELDS.get(i) + " field is required."));
            }
        }
        if (!GRANT_TYPE.equals(grantType)) {
            return Optional.of(new Refusal("unsupported_grant_type", "The grant_type must be " + GRANT_TYPE + "."));
        }
        if (!SCOPE.equals(scope)) {
            return Optional.of(new Refusal("invalid_scope", "The scope must be " + SCOPE + "."));
        }
        return Optional.empty();
    }
}

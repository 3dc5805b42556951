package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.OptionalLong;

/**
 * Test controls, {@code /api/sandbox/mdi/_sandbox/...} (JSON, no credentials; not part of MDI's
 * API): register a client and its webhook, plan faults, revoke a client's tokens, count calls. Tests
 * use clients of their own, so they never disturb the demo partner's; cases and webhook deliveries
 * have controls of their own ({@link MdiCaseControlSandbox}, {@link MdiDeliveryControlSandbox}). Refusals are MDI's errors: 400
 * {@code invalid_request}, 404 {@code not_found}, 409 {@code conflict}.
 */
@Path("sandbox/mdi/_sandbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MdiControlSandbox {

    @Inject
    MdiAccess access;
    @Inject
    MdiClients clients;
    @Inject
    MdiTokens tokens;
    @Inject
    SandboxFaults faults;
    @Inject
    MdiWebhooks webhooks;

    /**
     * {@code {"client_id", "client_secret", "token_lifetime_seconds"?}}: the client exists from now on
     * (its tokens live 86400 s unless given); registering it again changes its secret and lifetime.
     */
    @POST
    @Path("clients")
    public Response register(JsonObject request) {
        access.requireEnabled();
        String clientId = MdiTokenRequest.text(request, "client_id");
        String secret = MdiTokenRequest.text(request, "client_secret");
        OptionalLong lifetime = wholeNumber(request, "token_lifetime_seconds", MdiClients.DEFAULT_TOKEN_LIFETIME_SECONDS);
        if (clientId.isEmpty() || secret.isEmpty()) {
            return MdiErrors.invalidRequest("client_id and client_secret are required");
        }
        if (clientId.length() > MdiClients.MAX_CLIENT_ID_LENGTH) {
            return MdiErrors.invalidRequest("client_id must be at most " + MdiClients.MAX_CLIENT_ID_LENGTH + " characters");
        }
        if (lifetime.isEmpty() || lifetime.getAsLong() < 1) {
            return MdiErrors.invalidRequest("token_lifetime_seconds must be a whole number of at least 1");
        }
        try {
            MdiClients.Client client = clients.register(clientId, secret, lifetime.getAsLong());
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("client_id", client.id())
                    .add("token_lifetime_seconds", client.tokenLifetimeSeconds()).build()).build();
        } catch (IllegalArgumentException e) {
            return MdiErrors.error(409, "conflict", e.getMessage());
        }
    }

    /**
     * {@code {"client_id", "url", "authorization", "secret", "retry_interval_seconds"?}}: where the
     * client's events go from now on, the {@code Authorization} they carry, the secret they are signed
     * with, and how long after a failed attempt the next comes (15 s unless given); 409 for the demo client.
     */
    @POST
    @Path("webhook")
    public Response webhook(JsonObject request) {
        access.requireEnabled();
        String clientId = MdiTokenRequest.text(request, "client_id");
        String url = MdiTokenRequest.text(request, "url");
        String authorization = MdiTokenRequest.text(request, "authorization");
        String secret = MdiTokenRequest.text(request, "secret");
        OptionalLong interval = wholeNumber(request, "retry_interval_seconds", MdiWebhooks.DEFAULT_RETRY_INTERVAL_SECONDS);
        if (clientId.isEmpty() || url.isEmpty() || authorization.isEmpty() || secret.isEmpty()) {
            return MdiErrors.invalidRequest("client_id, url, authorization and secret are required");
        }
        if (interval.isEmpty() || interval.getAsLong() < 1) {
            return MdiErrors.invalidRequest("retry_interval_seconds must be a whole number of at least 1");
        }
        if (!clients.exists(clientId)) {
            return MdiErrors.notFound("No client " + clientId);
        }
        try {
            webhooks.register(clientId, new MdiWebhooks.Webhook(url, authorization, secret, interval.getAsLong()));
        } catch (IllegalArgumentException e) {
            return MdiErrors.error(409, "conflict", e.getMessage());
        }
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("client_id", clientId).add("url", url)
                .add("retry_interval_seconds", interval.getAsLong()).build()).build();
    }

    /** {@code {"client_id", "mode", "count"?, "operation"?}}: the client's next calls (of that operation) fail so (count 0 clears). */
    @POST
    @Path("faults")
    public Response faults(JsonObject request) {
        access.requireEnabled();
        String clientId = MdiTokenRequest.text(request, "client_id");
        String mode = MdiTokenRequest.text(request, "mode");
        String operation = request.getString("operation", null);
        OptionalLong count = wholeNumber(request, "count", 1);
        if (clientId.isEmpty()) {
            return MdiErrors.invalidRequest("client_id is required");
        }
        if (operation != null && !MdiAccess.OPERATIONS.contains(operation)) {
            return MdiErrors.invalidRequest("operation must be one of " + String.join(", ", MdiAccess.OPERATIONS));
        }
        if (count.isEmpty() || count.getAsLong() < 0 || count.getAsLong() > Integer.MAX_VALUE) {
            return MdiErrors.invalidRequest("count must be a whole number of at least 0");
        }
        try {
            faults.plan(MdiSandbox.VENDOR, clientId, mode, (int) count.getAsLong(), MdiAccess.FAULTS, operation);
        } catch (IllegalArgumentException e) {
            return MdiErrors.invalidRequest(e.getMessage());
        }
        JsonObjectBuilder planned = ApiJson.JSON.createObjectBuilder().add("client_id", clientId).add("mode", mode).add("count", count.getAsLong());
        return Response.ok(operation == null ? planned.build() : planned.add("operation", operation).build()).build();
    }

    /** {@code {"client_id"}}: every access token the client has is refused (401) from now on; new ones are good. */
    @POST
    @Path("revoke")
    public Response revoke(JsonObject request) {
        access.requireEnabled();
        String clientId = MdiTokenRequest.text(request, "client_id");
        if (clientId.isEmpty()) {
            return MdiErrors.invalidRequest("client_id is required");
        }
        if (!clients.exists(clientId)) {
            return MdiErrors.notFound("No client " + clientId);
        }
        tokens.revoke(clientId);
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("client_id", clientId).add("revoked", true).build()).build();
    }

    /** The client's calls per operation since the server started, refused ones (401, faults) too. */
    @GET
    @Path("calls")
    public Response calls(@QueryParam("client_id") String clientId) {
        access.requireEnabled();
        if (clientId == null || clientId.isBlank()) {
            return MdiErrors.invalidRequest("client_id is required");
        }
        JsonObjectBuilder calls = ApiJson.JSON.createObjectBuilder();
        MdiAccess.OPERATIONS.forEach(operation -> calls.add(operation, faults.calls(MdiSandbox.VENDOR, clientId, operation)));
        return Response.ok(calls.build()).build();
    }

    /** The field's whole number ({@code absent} when it is not given); empty when it is no whole number. */
    static OptionalLong wholeNumber(JsonObject request, String field, long absent) {
        JsonValue value = request.get(field);
        if (value == null) {
            return OptionalLong.of(absent);
        }
        return value instanceof JsonNumber number && number.isIntegral() ? OptionalLong.of(number.longValue()) : OptionalLong.empty();
    }
}

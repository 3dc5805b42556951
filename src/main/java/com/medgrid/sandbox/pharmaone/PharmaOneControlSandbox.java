package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Test controls, {@code /api/sandbox/pharmaone/_sandbox/...} (JSON, no credentials; not part of
 * PharmaOne's API): register an org's API key (and its shop), plan faults, count calls, list an
 * org's orders and prescriptions, and move an order on or cancel it, as the pharmacy's staff would. Tests use orgs of
 * their own, so they never disturb the demo org. Refusals are 400 {@code invalid_request}, 404
 * {@code not_found}, or 409 {@code invalid_state} for a move the order's status does not allow.
 */
@Path("sandbox/pharmaone/_sandbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PharmaOneControlSandbox {

    @Inject
    PharmaOneAccess access;
    @Inject
    PharmaOneKeys keys;
    @Inject
    PharmaOneOrders orders;
    @Inject
    PharmaOnePrescriptions prescriptions;
    @Inject
    SandboxFaults faults;

    /**
     * {@code {"org_id", "api_key", "scopes"?, "token_lifetime_seconds"?, "shop_domain"?, "shop_id"?}}:
     * the org exists from now on and takes this key (every scope and 3600 s unless given); a shop
     * named is the org's. Registering the same key again changes its scopes and lifetime.
     */
    @POST
    @Path("keys")
    public Response registerKey(JsonObject request) {
        access.requireEnabled();
        String orgId = PharmaOneOrderPayload.text(request, "org_id");
        String apiKey = PharmaOneOrderPayload.text(request, "api_key");
        String shopDomain = PharmaOneOrderPayload.text(request, "shop_domain");
        String shopId = PharmaOneOrderPayload.text(request, "shop_id");
        JsonValue lifetime = request.getOrDefault("token_lifetime_seconds", ApiJson.JSON.createValue(PharmaOneKeys.DEFAULT_TOKEN_LIFETIME_SECONDS));
        JsonValue scopes = request.getOrDefault("scopes", ApiJson.JSON.createArrayBuilder(PharmaOneKeys.ALL_SCOPES).build());
        if (orgId.isEmpty() || apiKey.isEmpty()) {
            return invalid("org_id and api_key are required");
        }
        if (!(lifetime instanceof JsonNumber seconds) || !seconds.isIntegral() || seconds.longValue() < 1) {
            return invalid("token_lifetime_seconds must be a whole number of at least 1");
        }
        if (!(scopes instanceof JsonArray scopeList) || !scopeList.stream().allMatch(JsonString.class::isInstance)) {
            return invalid("scopes must be a list of strings");
        }
        if (shopDomain.isEmpty() != shopId.isEmpty()) {
            return invalid("shop_domain and shop_id come together");
        }
        Optional<PharmaOneKeys.Shop> shop = shopDomain.isEmpty() ? Optional.empty() : Optional.of(new PharmaOneKeys.Shop(shopDomain, orgId, shopId));
        PharmaOneKeys.ApiKey key;
        try {
            key = keys.register(orgId, apiKey, scopeList.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                    seconds.longValue(), shop);
        } catch (IllegalArgumentException e) {
            return PharmaOneErrors.error(409, "conflict", e.getMessage());
        }
        JsonObjectBuilder registered = ApiJson.JSON.createObjectBuilder().add("org_id", orgId).add("key_id", key.id())
                .add("scopes", ApiJson.JSON.createArrayBuilder(key.scopes())).add("token_lifetime_seconds", key.tokenLifetimeSeconds());
        shop.ifPresent(s -> registered.add("shop_domain", s.domain()).add("shop_id", s.shopId()));
        return Response.ok(registered.build()).build();
    }

    /** {@code {"org_id", "mode", "count"?, "operation"?}}: the org's next calls (of that operation) fail so. */
    @POST
    @Path("faults")
    public Response faults(JsonObject request) {
        access.requireEnabled();
        String orgId = PharmaOneOrderPayload.text(request, "org_id");
        String operation = request.getString("operation", null);
        if (orgId.isEmpty()) {
            return invalid("org_id is required");
        }
        if (operation != null && !PharmaOneAccess.OPERATIONS.contains(operation)) {
            return invalid("operation must be one of " + String.join(", ", PharmaOneAccess.OPERATIONS));
        }
        String mode = request.getString("mode", "");
        int count = request.getInt("count", 1);
        try {
            faults.plan(PharmaOneSandbox.VENDOR, orgId, mode, count, SandboxFaults.MODES, operation);
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        JsonObjectBuilder planned = ApiJson.JSON.createObjectBuilder().add("org_id", orgId).add("mode", mode).add("count", count);
        return Response.ok(operation == null ? planned.build() : planned.add("operation", operation).build()).build();
    }

    /** The org's calls per operation since the server started, unanswered ones (401, faults) too. */
    @GET
    @Path("calls")
    public Response calls(@QueryParam("org_id") String orgId) {
        return forOrg(orgId, org -> {
            JsonObjectBuilder calls = ApiJson.JSON.createObjectBuilder();
            PharmaOneAccess.OPERATIONS.forEach(operation -> calls.add(operation, faults.calls(PharmaOneSandbox.VENDOR, org, operation)));
            return calls.build();
        });
    }

    /** {@code {"orders": [...]}}: every order of the org, oldest first, as {@code GET /orders/{id}} shows it. */
    @GET
    @Path("orders")
    public Response orders(@QueryParam("org_id") String orgId) {
        return forOrg(orgId, org -> {
            JsonArrayBuilder data = ApiJson.JSON.createArrayBuilder();
            orders.all(org).forEach(data::add);
            return ApiJson.JSON.createObjectBuilder().add("orders", data).build();
        });
    }

    /** {@code {"prescriptions": [...]}}: every prescription of the org, oldest first, as {@code GET /prescriptions/{id}} shows it. */
    @GET
    @Path("prescriptions")
    public Response prescriptions(@QueryParam("org_id") String orgId) {
        return forOrg(orgId, org -> {
            JsonArrayBuilder data = ApiJson.JSON.createArrayBuilder();
            prescriptions.all(org).forEach(data::add);
            return ApiJson.JSON.createObjectBuilder().add("prescriptions", data).build();
        });
    }

    /** {@code {"org_id", "order_id"}}: the order one stage on (pending → processing → shipped → delivered); answers it. */
    @POST
    @Path("advance")
    public Response advance(JsonObject request) {
        return move(request, orders::advance);
    }

    /** {@code {"org_id", "order_id"}}: the order cancelled, unless it has shipped; answers it. */
    @POST
    @Path("cancel")
    public Response cancel(JsonObject request) {
        return move(request, orders::cancel);
    }

    private Response move(JsonObject request, BiFunction<String, String, Optional<JsonObject>> move) {
        access.requireEnabled();
        String orgId = PharmaOneOrderPayload.text(request, "org_id");
        String orderId = PharmaOneOrderPayload.text(request, "order_id");
        if (orgId.isEmpty() || orderId.isEmpty()) {
            return invalid("org_id and order_id are required");
        }
        try {
            return move.apply(orgId, orderId).map(order -> Response.ok(order).build())
                    .orElseGet(() -> PharmaOneErrors.notFound("No order " + orderId + " in org " + orgId));
        } catch (IllegalStateException e) {
            return PharmaOneErrors.error(409, "invalid_state", e.getMessage());
        }
    }

    /** A look at the org named in the query ({@code ?org_id=}). */
    private Response forOrg(String orgId, Function<String, JsonObject> look) {
        access.requireEnabled();
        return orgId == null || orgId.isBlank() ? invalid("org_id is required") : Response.ok(look.apply(orgId)).build();
    }

    private static Response invalid(String message) {
        return PharmaOneErrors.error(400, "invalid_request", message);
    }
}

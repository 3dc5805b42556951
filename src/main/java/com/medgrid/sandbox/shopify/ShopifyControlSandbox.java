package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Test and demo controls of a simulated shop, {@code /api/sandbox/shopify/{shop}/_sandbox/...}. The
 * shop in the path is the account (no token: a test drives shops it has no token for, and a shop
 * whose token is refused). Not part of Shopify's API.
 */
@Path("sandbox/shopify/{shop}/_sandbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopifyControlSandbox {

    private static final int MAX_EXTRA_VARIANTS = 100_000;

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    SandboxFaults faults;
    @Inject
    ShopifyCostBuckets buckets;
    @Inject
    ShopifyCatalogSandbox catalog;
    @Inject
    ShopifyOrdersSandbox orders;
    @Inject
    ShopifyOrderEvents events;
    @Inject
    ShopifyWebhooksSandbox webhooks;

    /** {@code {"mode": "http_401"|"http_402"|"http_503"|"http_429"|"http_400"|"garbage"|"timeout"|"lost_answer", "count"?, "operation"?}}. */
    @POST
    @Path("faults")
    public Response faults(@PathParam("shop") String shop, JsonObject request) {
        requireEnabled();
        String mode = request.getString("mode", "");
        int count = request.getInt("count", 1);
        try {
            faults.plan(ShopifySandbox.VENDOR, shop, mode, count, ShopifySandbox.FAULTS, request.getString("operation", null));
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("mode", mode).add("count", count).build()).build();
    }

    /** GraphQL calls of the shop (all, and per operation) and how many of them were THROTTLED. */
    @GET
    @Path("calls")
    public JsonObject calls(@PathParam("shop") String shop) {
        requireEnabled();
        JsonObjectBuilder operations = ApiJson.JSON.createObjectBuilder();
        ShopifyAdminGraphQl.OPERATIONS.forEach(op -> operations.add(op, faults.calls(ShopifySandbox.VENDOR, shop, op)));
        return ApiJson.JSON.createObjectBuilder().add("calls", faults.calls(ShopifySandbox.VENDOR, shop))
                .add("throttled", buckets.throttled(shop)).add("operations", operations).build();
    }

    /** {@code {"size", "restore_rate"}}: the shop's cost bucket from now on (full). */
    @POST
    @Path("bucket")
    public Response bucket(@PathParam("shop") String shop, JsonObject request) {
        requireEnabled();
        if (!(request.get("size") instanceof JsonNumber size) || !(request.get("restore_rate") instanceof JsonNumber rate)) {
            return invalid("size and restore_rate are required numbers.");
        }
        try {
            ShopifyCostBucket.Status status = buckets.configure(shop, size.doubleValue(), rate.doubleValue());
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("maximumAvailable", status.maximumAvailable())
                    .add("currentlyAvailable", status.currentlyAvailable()).add("restoreRate", status.restoreRate()).build()).build();
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
    }

    /** {@code {"variants": N, "sku_prefix"?}}: N more variants (SKUs {@code <prefix>00001}...); answers the shop's variant count. */
    @POST
    @Path("catalog")
    public Response catalog(@PathParam("shop") String shop, JsonObject request) {
        requireEnabled();
        int count = request.getInt("variants", 0);
        if (count < 1 || count > MAX_EXTRA_VARIANTS) {
            return invalid("variants must be between 1 and " + MAX_EXTRA_VARIANTS + ".");
        }
        int total = catalog.add(shop, count, request.getString("sku_prefix", "SIM-"));
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("variants", total).build()).build();
    }

    @GET
    @Path("orders")
    public JsonObject orders(@PathParam("shop") String shop) {
        requireEnabled();
        return ApiJson.JSON.createObjectBuilder().add("orders", orders.all(shop)).build();
    }

    /**
     * {@code {"order_id", "topic": "orders/updated"|"orders/fulfilled"|"orders/cancelled", "webhook_id"?,
     * "triggered_at"?, "bad_signature"?}}: the order moves on accordingly and Shopify sends the webhook;
     * answers the delivery's record (the first URL's, where the shop's subscriptions send it to several:
     * all carry the same headers and body; {@code deliveries} lists every one).
     */
    @POST
    @Path("webhook")
    public Response webhook(@PathParam("shop") String shop, JsonObject request) {
        requireEnabled();
        String topic = request.getString("topic", "");
        if (!ShopifyOrderEvents.TOPICS.contains(topic)) {
            return invalid("topic must be one of " + String.join(", ", new java.util.TreeSet<>(ShopifyOrderEvents.TOPICS)) + ".");
        }
        String triggeredAt = request.getString("triggered_at", null);
        try {
            if (triggeredAt != null) {
                Instant.parse(triggeredAt);
            }
        } catch (DateTimeParseException e) {
            return invalid("triggered_at must be an ISO-8601 instant (2026-04-01T10:00:00Z).");
        }
        String orderId = request.getString("order_id", "");
        return events.happen(shop, orderId, new ShopifyOrderEvents.Event(topic, request.getString("webhook_id", null), triggeredAt,
                        request.getBoolean("bad_signature", false)))
                .map(records -> Response.ok(records.get(0)).build())
                .orElseGet(() -> Response.status(404).entity(ApiJson.JSON.createObjectBuilder()
                        .add("errors", "No order " + orderId + " in " + shop).build()).build());
    }

    /** The webhooks sent for the shop, oldest first, each with what MedGrid answered. */
    @GET
    @Path("deliveries")
    public JsonObject deliveries(@PathParam("shop") String shop) {
        requireEnabled();
        return ApiJson.JSON.createObjectBuilder().add("deliveries", webhooks.deliveries(shop)).build();
    }

    private static Response invalid(String message) {
        return Response.status(400).entity(ApiJson.JSON.createObjectBuilder().add("errors", message).build()).build();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}

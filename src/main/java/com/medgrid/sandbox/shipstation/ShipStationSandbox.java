package com.medgrid.sandbox.shipstation;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import com.medgrid.sandbox.SandboxWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A ShipStation simulator under {@code /api/sandbox/shipstation}, on when {@code SANDBOX=true}
 * (the development default), so that the order lifecycle runs without the internet. It keeps
 * ShipStation's documented behaviour: HTTP Basic auth (every key pair works except a secret that
 * starts with {@code invalid}), 40 requests per minute per key pair answered with 429 and
 * {@code X-Rate-Limit-*} headers, and {@code createorder} updating the order with the same
 * {@code orderKey} instead of adding one. {@code _sandbox/ship} ships an order and calls the
 * subscribed webhooks; {@code _sandbox/faults} makes the next calls fail (http_503, http_429, http_401
 * as if the key pair had been revoked, http_400 as if the order were refused, garbage, timeout).
 */
@Path("sandbox/shipstation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipStationSandbox {

    private static final Logger LOG = Logger.getLogger(ShipStationSandbox.class.getName());
    private static final RateLimit LIMIT = new RateLimit(40, Duration.ofMinutes(1));

    private final Map<String, SandboxAccount> accounts = new ConcurrentHashMap<>();
    /** Ids from the clock: they never repeat, however often the server restarts (and the sandbox forgets its accounts). */
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis());

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "medgrid.sandbox.shipstation.timeout-delay", defaultValue = "PT20S")
    Duration timeoutDelay;
    @Inject
    RateLimiter limiter;
    @Inject
    SandboxWebhooks webhooks;
    @Context
    UriInfo uri;

    @GET
    @Path("accounts/listtags")
    public Response listTags(@HeaderParam("Authorization") String auth) {
        return handle(auth, account -> Response.ok(JsonValue.EMPTY_JSON_ARRAY));
    }

    @POST
    @Path("orders/createorder")
    public Response createOrder(@HeaderParam("Authorization") String auth, JsonObject order) {
        return handle(auth, account -> {
            String key = order.getString("orderKey", null);
            if (key == null || !order.containsKey("orderNumber")) {
                return error(400, "orderKey and orderNumber are required.");
            }
            JsonObject previous = account.ordersByKey.get(key);
            long orderId = previous != null ? previous.getJsonNumber("orderId").longValue() : ids.incrementAndGet();
            JsonObjectBuilder stored = ApiJson.JSON.createObjectBuilder(order).add("orderId", orderId)
                    .add("modifyDate", now());
            if (!order.containsKey("orderStatus")) {
                stored.add("orderStatus", "awaiting_shipment");
            }
            JsonObject saved = stored.build();
            account.ordersByKey.put(key, saved);
            return Response.ok(saved);
        });
    }

    @GET
    @Path("orders")
    public Response orders(@HeaderParam("Authorization") String auth, @QueryParam("orderId") Long orderId) {
        return handle(auth, account -> {
            JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
            account.ordersByKey.values().stream().filter(o -> orderId == null || o.getJsonNumber("orderId").longValue() == orderId)
                    .forEach(list::add);
            return Response.ok(page("orders", list));
        });
    }

    @GET
    @Path("shipments")
    public Response shipments(@HeaderParam("Authorization") String auth, @QueryParam("orderId") Long orderId) {
        return handle(auth, account -> {
            JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
            account.shipments.stream().filter(s -> orderId == null || s.getJsonNumber("orderId").longValue() == orderId)
                    .forEach(list::add);
            return Response.ok(page("shipments", list));
        });
    }

    /** Every subscription stays until it is deleted, as at ShipStation: subscribing again adds one. */
    @POST
    @Path("webhooks/subscribe")
    public Response subscribe(@HeaderParam("Authorization") String auth, JsonObject subscription) {
        return handle(auth, account -> {
            long id = ids.incrementAndGet();
            account.webhooks.put(id, ApiJson.JSON.createObjectBuilder().add("WebHookID", id).add("Url", subscription.getString("target_url", ""))
                    .add("HookType", subscription.getString("event", "")).build());
            return Response.status(201).entity(ApiJson.JSON.createObjectBuilder().add("id", id).build());
        });
    }

    @GET
    @Path("webhooks")
    public Response webhooks(@HeaderParam("Authorization") String auth) {
        return handle(auth, account -> {
            JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
            account.webhooks.values().forEach(list::add);
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("webhooks", list).build());
        });
    }

    @DELETE
    @Path("webhooks/{id}")
    public Response unsubscribe(@HeaderParam("Authorization") String auth, @PathParam("id") long id) {
        return handle(auth, account -> account.webhooks.remove(id) == null ? error(404, "No webhook " + id) : Response.ok());
    }

    /** A shipment's label, as ShipStation hosts it (a stand-in PDF). */
    @GET
    @Path("labels/{shipmentId}")
    @Produces("application/pdf")
    public Response label(@PathParam("shipmentId") long shipmentId) {
        requireEnabled();
        return Response.ok(("%PDF-1.4\n% sandbox label " + shipmentId + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)).build();
    }

    /**
     * Sandbox control: ships the order with {@code orderKey} (UPS, a made-up tracking number) and
     * notifies subscribers, unless {@code "notify": false} (a lost webhook, for the tracking pull).
     */
    @POST
    @Path("_sandbox/ship")
    public Response ship(@HeaderParam("Authorization") String auth, JsonObject request) {
        requireEnabled();
        Optional<SandboxAccount> found = account(auth);
        if (found.isEmpty()) {
            return error(401, "Unauthorized").build();
        }
        SandboxAccount account = found.get();
        JsonObject shipment;
        List<String> webhooks;
        synchronized (account) {
            JsonObject order = account.ordersByKey.get(request.getString("orderKey", ""));
            if (order == null) {
                return error(404, "No order with orderKey " + request.getString("orderKey", "")).build();
            }
            long orderId = order.getJsonNumber("orderId").longValue();
            long shipmentId = ids.incrementAndGet();
            shipment = ApiJson.JSON.createObjectBuilder().add("shipmentId", shipmentId).add("orderId", orderId)
                    .add("orderKey", order.getString("orderKey")).add("orderNumber", order.getString("orderNumber"))
                    .add("createDate", now()).add("shipDate", LocalDateTime.now(ZoneOffset.ofHours(-8)).toLocalDate().toString())
                    .add("trackingNumber", request.getString("trackingNumber", "1Z" + Tokens.random(16).toUpperCase()))
                    .add("carrierCode", request.getString("carrierCode", "ups")).add("voided", false)
                    .add("labelUrl", uri.getBaseUriBuilder().path("sandbox/shipstation/labels/" + shipmentId).build().toString()).build();
            account.shipments.add(shipment);
            account.ordersByKey.put(order.getString("orderKey"),
                    ApiJson.JSON.createObjectBuilder(order).add("orderStatus", "shipped").add("modifyDate", now()).build());
            webhooks = !request.getBoolean("notify", true) ? List.of() : account.webhooks.values().stream()
                    .filter(hook -> "SHIP_NOTIFY".equals(hook.getString("HookType"))).map(hook -> hook.getString("Url")).toList();
        }
        String resource = uri.getBaseUriBuilder().path("sandbox/shipstation/shipments")
                .queryParam("orderId", shipment.getJsonNumber("orderId").longValue()).build().toString();
        webhooks.forEach(webhook -> notify(webhook, resource, "SHIP_NOTIFY"));
        return Response.ok(shipment).build();
    }

    /** Sandbox control: {@code {"mode": "http_503"|"http_429"|"http_401"|"http_400"|"garbage"|"timeout", "count": n}} for the next n calls. */
    @POST
    @Path("_sandbox/faults")
    public Response faults(@HeaderParam("Authorization") String auth, JsonObject request) {
        requireEnabled();
        Optional<SandboxAccount> found = account(auth);
        if (found.isEmpty()) {
            return error(401, "Unauthorized").build();
        }
        String mode = request.getString("mode", "");
        if (!java.util.Set.of("http_503", "http_429", "http_401", "http_400", "garbage", "timeout").contains(mode)) {
            return error(400, "mode must be http_503, http_429, http_401, http_400, garbage or timeout").build();
        }
        synchronized (found.get()) {
            found.get().faults.clear();
            for (int i = 0; i < request.getInt("count", 1); i++) {
                found.get().faults.add(mode);
            }
        }
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("mode", mode).add("count", request.getInt("count", 1)).build()).build();
    }

    private Response handle(String auth, java.util.function.Function<SandboxAccount, Response.ResponseBuilder> action) {
        requireEnabled();
        Optional<SandboxAccount> found = account(auth);
        if (found.isEmpty()) {
            return error(401, "Unauthorized").build();
        }
        RateLimiter.Decision decision = limiter.decide("sandbox-shipstation:" + auth, LIMIT);
        long reset = Math.max(1, decision.reset().toSeconds());
        Response.ResponseBuilder response;
        if (!decision.permitted()) {
            response = Response.status(429).entity(message("Too Many Requests"));
        } else {
            SandboxAccount account = found.get();
            String fault;
            synchronized (account) {
                fault = account.faults.pollFirst();
                response = fault == null ? action.apply(account) : null;
            }
            if (fault != null) {
                response = fault(fault); // outside the lock: "timeout" sleeps
            }
            if ("http_429".equals(fault)) {
                reset = 1; // an injected 429 clears quickly, so a demo shows the wait-and-retry
            }
        }
        return response.header("X-Rate-Limit-Limit", LIMIT.permits()).header("X-Rate-Limit-Remaining", decision.remaining())
                .header("X-Rate-Limit-Reset", reset).build();
    }

    private Response.ResponseBuilder fault(String mode) {
        return switch (mode) {
            case "http_503" -> Response.status(503).entity(message("Service Unavailable"));
            case "http_429" -> Response.status(429).entity(message("Too Many Requests"));
            case "http_401" -> Response.status(401).entity(message("Unauthorized"));
            case "http_400" -> Response.status(400).entity(message("The request is invalid: shipTo.postalCode"));
            case "garbage" -> Response.ok("<html>upstream proxy error</html>", MediaType.TEXT_HTML);
            default -> {
                pause(timeoutDelay);
                yield Response.status(504).entity(message("Gateway Timeout"));
            }
        };
    }

    private void notify(String target, String resourceUrl, String type) {
        JsonObject body = ApiJson.JSON.createObjectBuilder().add("resource_url", resourceUrl).add("resource_type", type).build();
        webhooks.post("ShipStation", target, body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private Optional<SandboxAccount> account(String auth) {
        if (auth == null || !auth.startsWith("Basic ")) {
            return Optional.empty();
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon < 1 || colon == pair.length() - 1 || pair.substring(colon + 1).startsWith("invalid")) {
            return Optional.empty();
        }
        return Optional.of(accounts.computeIfAbsent(pair.substring(0, colon), k -> new SandboxAccount()));
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    private static JsonObject page(String field, JsonArrayBuilder list) {
        jakarta.json.JsonArray items = list.build();
        return ApiJson.JSON.createObjectBuilder().add(field, items).add("total", items.size()).add("page", 1).add("pages", 1).build();
    }

    private static JsonObject message(String text) {
        return ApiJson.JSON.createObjectBuilder().add("Message", text).build();
    }

    private static Response.ResponseBuilder error(int status, String text) {
        return Response.status(status).entity(message(text));
    }

    private static String now() {
        return LocalDateTime.now(ZoneOffset.ofHours(-8)).toString();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

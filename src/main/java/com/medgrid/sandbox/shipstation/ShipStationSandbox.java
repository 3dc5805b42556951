package com.medgrid.sandbox.shipstation;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import com.medgrid.sandbox.SandboxFaults;
import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxStore;
import com.medgrid.sandbox.SandboxVendor;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A stand-in for ShipStation's API under {@code /api/sandbox/shipstation}, which the ShipStation
 * client calls while the sandbox is on (the development default), so that the order lifecycle runs
 * without the internet. It keeps ShipStation's documented behaviour: HTTP Basic auth (every key pair
 * works except a secret that starts with {@code invalid}), 40 requests per minute per key pair
 * answered with 429 and {@code X-Rate-Limit-*} headers, {@code createorder} updating the order with
 * the same {@code orderKey} instead of adding one, and every webhook subscription kept until it is
 * deleted. Its orders, shipments and subscriptions are kept in the database (the sandbox toolkit), and
 * its ids never repeat, so it behaves the same after any restart. The demo account ({@code demo:demo})
 * ships what it accepts after {@code medgrid.sandbox.ship-after}; {@code _sandbox/ship} ships an
 * order of any account, and {@code _sandbox/faults} makes the next calls fail.
 */
@Path("sandbox/shipstation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShipStationSandbox implements SandboxVendor {

    static final String VENDOR = "shipstation";
    private static final String DEMO_KEY = "demo";
    private static final RateLimit LIMIT = new RateLimit(40, Duration.ofMinutes(1));
    private static final String ORDERS = "order";
    private static final String SHIPMENTS = "shipment";
    private static final String WEBHOOKS = "webhook";
    /** The operation a fault can be planned for alone: placing an order, what a dispatch does. */
    private static final String CREATE_ORDER = "orders/createorder";

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "medgrid.sandbox.ship-after", defaultValue = "PT5S")
    Duration shipAfter;
    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;
    @Inject
    RateLimiter limiter;
    @Inject
    SandboxStore store;
    @Inject
    SandboxFaults faults;
    @Inject
    SandboxWebhooks webhooks;
    @Context
    UriInfo uri;

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("api_key", DEMO_KEY, "api_secret", DEMO_KEY);
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.of("Skydell Fulfillment");
    }

    @Override
    public Optional<String> demoWarehouse() {
        return Optional.of("ShipStation Warehouse");
    }

    @Override
    public List<DemoProduct> demoProducts() {
        return List.of(
                product("VD3", "Vitamin D3", "High-potency Vitamin D3 supplement", "Box", 28),
                product("OMEGA3", "Omega-3 Fish Oil", "EPA/DHA softgels, molecularly distilled", "Bottle", 24),
                product("MAG", "Magnesium Glycinate", "Chelated magnesium capsules", "Bottle", 19),
                product("ZINC", "Zinc Picolinate", "Highly absorbable zinc", "Bottle", 14),
                product("SYR", "Insulin Syringes", "U-100 insulin syringes, 29G", "Box", 22),
                product("GLOVE", "Nitrile Exam Gloves", "Powder-free nitrile examination gloves", "Box", 12));
    }

    private static DemoProduct product(String code, String name, String description, String uom, int price) {
        return new DemoProduct(code, name, description, uom, price, false, (item, n) -> Map.of("shipstation_product_id", "SS-" + item));
    }

    @GET
    @Path("accounts/listtags")
    public Response listTags(@HeaderParam("Authorization") String auth) {
        return handle(auth, account -> Response.ok(JsonValue.EMPTY_JSON_ARRAY));
    }

    /** Creates the order, or updates the account's order with the same {@code orderKey}; the demo account's ship by themselves. */
    @POST
    @Path("orders/createorder")
    public Response createOrder(@HeaderParam("Authorization") String auth, JsonObject order) {
        return handle(auth, CREATE_ORDER, account -> {
            String key = order.getString("orderKey", null);
            if (key == null || !order.containsKey("orderNumber")) {
                return error(400, "orderKey and orderNumber are required.");
            }
            Instant due = DEMO_KEY.equals(account) ? Instant.now().plus(shipAfter) : null;
            JsonObject saved = store.update(VENDOR, account, ORDERS, key, JsonValue.EMPTY_JSON_OBJECT, due, previous -> {
                JsonObjectBuilder stored = ApiJson.JSON.createObjectBuilder(order)
                        .add("orderId", previous.containsKey("orderId") ? previous.getJsonNumber("orderId").longValue() : store.nextId())
                        .add("modifyDate", now());
                if (!order.containsKey("orderStatus")) {
                    stored.add("orderStatus", "awaiting_shipment");
                }
                return stored.build();
            });
            return Response.ok(saved);
        });
    }

    @GET
    @Path("orders")
    public Response orders(@HeaderParam("Authorization") String auth, @QueryParam("orderId") Long orderId) {
        return handle(auth, account -> Response.ok(page("orders", records(account, ORDERS, orderId))));
    }

    @GET
    @Path("shipments")
    public Response shipments(@HeaderParam("Authorization") String auth, @QueryParam("orderId") Long orderId) {
        return handle(auth, account -> Response.ok(page("shipments", records(account, SHIPMENTS, orderId))));
    }

    /** Every subscription stays until it is deleted, as at ShipStation: subscribing again adds one. */
    @POST
    @Path("webhooks/subscribe")
    public Response subscribe(@HeaderParam("Authorization") String auth, JsonObject subscription) {
        return handle(auth, account -> {
            long id = store.nextId();
            store.put(VENDOR, account, WEBHOOKS, String.valueOf(id), ApiJson.JSON.createObjectBuilder().add("WebHookID", id)
                    .add("Url", subscription.getString("target_url", "")).add("HookType", subscription.getString("event", "")).build());
            return Response.status(201).entity(ApiJson.JSON.createObjectBuilder().add("id", id).build());
        });
    }

    @GET
    @Path("webhooks")
    public Response webhooks(@HeaderParam("Authorization") String auth) {
        return handle(auth, account -> {
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("webhooks", store.bodies(VENDOR, account, WEBHOOKS)).build());
        });
    }

    @DELETE
    @Path("webhooks/{id}")
    public Response unsubscribe(@HeaderParam("Authorization") String auth, @PathParam("id") long id) {
        return handle(auth, account -> store.remove(VENDOR, account, WEBHOOKS, String.valueOf(id)) ? Response.ok() : error(404, "No webhook " + id));
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
     * Sandbox control: ships the order with {@code orderKey} (UPS, a made-up tracking number unless
     * {@code trackingNumber} is given) and notifies subscribers, unless {@code "notify": false} (a
     * lost webhook, for the tracking pull).
     */
    @POST
    @Path("_sandbox/ship")
    public Response ship(@HeaderParam("Authorization") String auth, JsonObject request) {
        requireEnabled();
        Optional<String> account = account(auth);
        if (account.isEmpty()) {
            return error(401, "Unauthorized").build();
        }
        return ship(account.get(), request.getString("orderKey", ""), request.getString("trackingNumber", null),
                request.getString("carrierCode", "ups"), request.getBoolean("notify", true))
                .map(shipment -> Response.ok(shipment).build())
                .orElseGet(() -> error(404, "No order with orderKey " + request.getString("orderKey", "")).build());
    }

    /** The demo account's order is due: ShipStation ships it and tells the subscribers. */
    @Override
    public void due(SandboxRecord order) {
        ship(order.account(), order.key(), null, "ups", true);
    }

    private Optional<JsonObject> ship(String account, String orderKey, String trackingNumber, String carrier, boolean notify) {
        Optional<JsonObject> order = store.get(VENDOR, account, ORDERS, orderKey);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        long orderId = order.get().getJsonNumber("orderId").longValue();
        long shipmentId = store.nextId();
        JsonObject shipment = ApiJson.JSON.createObjectBuilder().add("shipmentId", shipmentId).add("orderId", orderId)
                .add("orderKey", orderKey).add("orderNumber", order.get().getString("orderNumber"))
                .add("createDate", now()).add("shipDate", LocalDateTime.now(ZoneOffset.ofHours(-8)).toLocalDate().toString())
                .add("trackingNumber", trackingNumber != null ? trackingNumber : "1Z" + Tokens.random(16).toUpperCase())
                .add("carrierCode", carrier).add("voided", false)
                .add("labelUrl", publicUrl + "/api/sandbox/shipstation/labels/" + shipmentId).build();
        store.put(VENDOR, account, SHIPMENTS, String.valueOf(shipmentId), shipment);
        store.update(VENDOR, account, ORDERS, orderKey, order.get(), null,
                stored -> ApiJson.JSON.createObjectBuilder(stored).add("orderStatus", "shipped").add("modifyDate", now()).build());
        if (notify) {
            String resource = publicUrl + "/api/sandbox/shipstation/shipments?orderId=" + orderId;
            JsonObject body = ApiJson.JSON.createObjectBuilder().add("resource_url", resource).add("resource_type", "SHIP_NOTIFY").build();
            store.all(VENDOR, account, WEBHOOKS).stream().map(SandboxRecord::body).filter(hook -> "SHIP_NOTIFY".equals(hook.getString("HookType")))
                    .forEach(hook -> webhooks.post("ShipStation", hook.getString("Url"), body.toString().getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        return Optional.of(shipment);
    }

    /**
     * Sandbox control: {@code {"mode": "http_503"|"http_429"|"http_401"|"http_400"|"garbage"|"timeout", "count": n,
     * "operation"?: "orders/createorder"}} for the next n calls (of that operation only, when named: so that
     * MedGrid's other calls meanwhile, such as tracking polls, do not take the fault meant for a dispatch).
     */
    @POST
    @Path("_sandbox/faults")
    public Response faults(@HeaderParam("Authorization") String auth, JsonObject request) {
        requireEnabled();
        Optional<String> account = account(auth);
        if (account.isEmpty()) {
            return error(401, "Unauthorized").build();
        }
        try {
            faults.plan(VENDOR, account.get(), request.getString("mode", ""), request.getInt("count", 1), SandboxFaults.MODES,
                    request.getString("operation", null));
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage()).build();
        }
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("mode", request.getString("mode")).add("count", request.getInt("count", 1))
                .build()).build();
    }

    /** Sandbox control: how many calls the account has made (whether MedGrid called at all while its circuit was open, say). */
    @GET
    @Path("_sandbox/calls")
    public Response calls(@HeaderParam("Authorization") String auth) {
        requireEnabled();
        return account(auth).map(account -> Response.ok(ApiJson.JSON.createObjectBuilder().add("calls", faults.calls(VENDOR, account)).build()))
                .orElseGet(() -> error(401, "Unauthorized")).build();
    }

    private Response handle(String auth, Function<String, Response.ResponseBuilder> action) {
        return handle(auth, null, action);
    }

    private Response handle(String auth, String operation, Function<String, Response.ResponseBuilder> action) {
        requireEnabled();
        Optional<String> account = account(auth);
        if (account.isEmpty()) {
            return error(401, "Unauthorized").build();
        }
        RateLimiter.Decision decision = limiter.decide("sandbox-shipstation:" + account.get(), LIMIT);
        long reset = Math.max(1, decision.reset().toSeconds());
        Response.ResponseBuilder response;
        if (!decision.permitted()) {
            response = Response.status(429).entity(message("Too Many Requests"));
        } else {
            Optional<String> fault = faults.next(VENDOR, account.get(), operation);
            response = fault.map(this::fault).orElseGet(() -> action.apply(account.get()));
            if (fault.filter("http_429"::equals).isPresent()) {
                reset = 1; // an injected 429 clears quickly, so a demo shows the rescheduled retry
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
                faults.stall();
                yield Response.status(504).entity(message("Gateway Timeout"));
            }
        };
    }

    private JsonArrayBuilder records(String account, String kind, Long orderId) {
        JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
        store.all(VENDOR, account, kind).stream().map(SandboxRecord::body)
                .filter(o -> orderId == null || o.getJsonNumber("orderId").longValue() == orderId).forEach(list::add);
        return list;
    }

    /** The account (API key) of a Basic header, unless its secret is refused. */
    private static Optional<String> account(String auth) {
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
        return Optional.of(pair.substring(0, colon));
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
}

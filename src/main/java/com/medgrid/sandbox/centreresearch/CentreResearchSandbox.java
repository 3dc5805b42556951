package com.medgrid.sandbox.centreresearch;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxFaults;
import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxStore;
import com.medgrid.sandbox.SandboxVendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Centre Research Peptides simulator under {@code /api/sandbox/centre_research} (the base URL a
 * connection's {@code centre_research_api_url} points at), on with {@code SANDBOX=true}. It keeps
 * the documented behaviour: {@code X-API-Key} on every call (any key works but one starting with
 * {@code invalid}: 401), {@code partnerOrderId} dedupes (a resend answers with the order placed
 * before), and refusals come as {@code {"success": false, "error"}} inside a 200. Orders are kept
 * in the database (the sandbox toolkit) with ids that never repeat. The demo account's orders move
 * through the stages by themselves, one every {@code medgrid.sandbox.ship-after};
 * {@code _sandbox/advance} moves any order now, {@code _sandbox/faults} makes the account's next
 * calls fail (the common modes, with a 429 asking for {@code Retry-After: 6}, and
 * {@code success_false}), {@code _sandbox/calls} counts them.
 */
@Path("sandbox/centre_research")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CentreResearchSandbox implements SandboxVendor {

    /** The operations a planned fault may target. */
    private static final String PLACE = "place";
    private static final String STATUS = "status";

    static final String VENDOR = "centre_research";
    static final String DEMO_KEY = "demo-centre-research";
    static final long RETRY_AFTER_SECONDS = 6;
    private static final String ORDERS = "order";
    private static final String PARTNER_ORDERS = "partner_order";
    private static final Set<String> FAULTS = modes();

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "medgrid.sandbox.ship-after", defaultValue = "PT5S")
    Duration stageAfter;
    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;
    @Inject
    SandboxStore store;
    @Inject
    SandboxFaults faults;

    private static Set<String> modes() {
        Set<String> modes = new HashSet<>(SandboxFaults.MODES);
        modes.add("success_false");
        return Set.copyOf(modes);
    }

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("centre_research_api_key", DEMO_KEY, "centre_research_api_url", publicUrl + "/api/sandbox/" + VENDOR);
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.of("Centre Research Peptides");
    }

    @Override
    public Optional<String> demoWarehouse() {
        return Optional.of("Centre Research");
    }

    @Override
    public List<DemoProduct> demoProducts() {
        BiFunction<String, Integer, Map<String, String>> variant = (item, n) -> Map.of("centre_research_product_id",
                "cr-variant-" + item.toLowerCase());
        return List.of(
                new DemoProduct("BPC157", "BPC-157", "Body Protection Compound 157, lyophilized peptide", "Vial", 89, false, variant),
                new DemoProduct("TB500", "TB-500", "Thymosin Beta-4 fragment, lyophilized peptide", "Vial", 95, false, variant),
                new DemoProduct("IPAM", "Ipamorelin", "Growth hormone secretagogue, lyophilized peptide", "Vial", 79, false, variant),
                new DemoProduct("GHKCU", "GHK-Cu", "Copper tripeptide-1, lyophilized peptide", "Vial", 69, false, variant));
    }

    /** Places the order once per {@code partnerOrderId}; a resend answers with the order placed before. */
    @POST
    @Path("sales-channels/integration/orders")
    public Response placeOrder(@HeaderParam("X-API-Key") String apiKey, JsonObject order) {
        return handle(apiKey, PLACE, account -> {
            Optional<String> invalid = invalid(order);
            if (invalid.isPresent()) {
                return refused(invalid.get()); // Centre Research refuses content inside a 200
            }
            String partnerOrderId = order.getString("partnerOrderId");
            JsonObject placed = store.update(VENDOR, account, PARTNER_ORDERS, partnerOrderId, JsonValue.EMPTY_JSON_OBJECT, null, known -> {
                if (known.containsKey("orderId")) {
                    return known;
                }
                String id = "cr-" + store.nextId();
                store.put(VENDOR, account, ORDERS, id, ApiJson.JSON.createObjectBuilder().add("orderId", id)
                        .add("partnerOrderId", partnerOrderId).add("status", "PENDING").add("updatedAt", Instant.now().toString())
                        .add("customer", order.getJsonObject("customer")).add("shippingAddress", order.getJsonObject("shippingAddress"))
                        .add("items", order.getJsonArray("items")).build(), DEMO_KEY.equals(account) ? Instant.now().plus(stageAfter) : null);
                return ApiJson.JSON.createObjectBuilder().add("orderId", id).build();
            });
            JsonObject stored = store.get(VENDOR, account, ORDERS, placed.getString("orderId")).orElseThrow();
            return Response.ok(success(ApiJson.JSON.createObjectBuilder().add("orderId", stored.getString("orderId"))
                    .add("status", stored.getString("status")).build()));
        });
    }

    @GET
    @Path("sales-channels/integration/orders/{orderId}")
    public Response order(@HeaderParam("X-API-Key") String apiKey, @PathParam("orderId") String orderId) {
        return handle(apiKey, STATUS, account -> store.get(VENDOR, account, ORDERS, orderId).map(o -> Response.ok(success(view(o))))
                .orElseGet(() -> Response.status(404).entity(failure("Order not found: " + orderId))));
    }

    /**
     * Sandbox control: {@code {"orderId", "status"?, "trackingNumber"?, "carrier"?, "shippingTier"?, "updatedAt"?}}
     * moves the account's order now: to {@code status}, else to its next stage. {@code updatedAt} is
     * stored as given, to play a vendor that sends a time nobody can read.
     */
    @POST
    @Path("_sandbox/advance")
    public Response advance(@HeaderParam("X-API-Key") String apiKey, JsonObject request) {
        requireEnabled();
        Optional<String> account = account(apiKey);
        if (account.isEmpty()) {
            return unauthorized().build();
        }
        String orderId = request.getString("orderId", "");
        Optional<JsonObject> order = store.get(VENDOR, account.get(), ORDERS, orderId);
        if (order.isEmpty()) {
            return Response.status(404).entity(failure("Order not found: " + orderId)).build();
        }
        String status = request.containsKey("status") ? request.getString("status") : SandboxOrderStages.next(order.get()).orElse(null);
        if (status == null || !SandboxOrderStages.STATUSES.contains(status)) {
            return Response.status(400).entity(failure("status must be one of " + SandboxOrderStages.STATUSES
                    + " (the order is " + order.get().getString("status") + ")")).build();
        }
        SandboxOrderStages.Move move = new SandboxOrderStages.Move(status, request.getString("trackingNumber", null),
                request.getString("carrier", null), request.getString("shippingTier", null), request.getString("updatedAt", null));
        JsonObject moved = store.update(VENDOR, account.get(), ORDERS, orderId, order.get(), null,
                current -> SandboxOrderStages.apply(current, move, tracking()));
        return Response.ok(success(view(moved))).build();
    }

    /** The demo account's order is due: Centre Research moves it one stage on, and keeps it due until it is delivered. */
    @Override
    public void due(SandboxRecord record) {
        store.get(VENDOR, record.account(), ORDERS, record.key()).ifPresent(order -> SandboxOrderStages.next(order).ifPresent(stage -> {
            JsonObject moved = SandboxOrderStages.apply(order, new SandboxOrderStages.Move(stage, null, null, null, null), tracking());
            store.put(VENDOR, record.account(), ORDERS, record.key(), moved,
                    SandboxOrderStages.next(moved).isPresent() ? Instant.now().plus(stageAfter) : null);
        }));
    }

    /**
     * Sandbox control: {@code {"mode": "http_503"|"http_429"|"http_401"|"http_400"|"garbage"|"timeout"|"success_false",
     * "count": n, "operation": "place"|"status"}} (without an operation, whichever calls come next; the poll
     * timer asks about open orders every few seconds in the development build, so a test of placing names it).
     */
    @POST
    @Path("_sandbox/faults")
    public Response faults(@HeaderParam("X-API-Key") String apiKey, JsonObject request) {
        requireEnabled();
        Optional<String> account = account(apiKey);
        if (account.isEmpty()) {
            return unauthorized().build();
        }
        try {
            faults.plan(VENDOR, account.get(), request.getString("mode", ""), request.getInt("count", 1), FAULTS, request.getString("operation", null));
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(failure(e.getMessage())).build();
        }
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("mode", request.getString("mode")).add("count", request.getInt("count", 1))
                .build()).build();
    }

    /** Sandbox control: how many calls the account has made. */
    @GET
    @Path("_sandbox/calls")
    public Response calls(@HeaderParam("X-API-Key") String apiKey) {
        requireEnabled();
        return account(apiKey).map(account -> Response.ok(ApiJson.JSON.createObjectBuilder().add("calls", faults.calls(VENDOR, account)).build()))
                .orElseGet(CentreResearchSandbox::unauthorized).build();
    }

    private Response handle(String apiKey, String operation, Function<String, Response.ResponseBuilder> action) {
        requireEnabled();
        Optional<String> account = account(apiKey);
        if (account.isEmpty()) {
            return unauthorized().build();
        }
        return faults.next(VENDOR, account.get(), operation).map(this::fault).orElseGet(() -> action.apply(account.get())).build();
    }

    private Response.ResponseBuilder fault(String mode) {
        return switch (mode) {
            case "http_503" -> Response.status(503).entity(failure("Service Unavailable"));
            case "http_429" -> Response.status(429).header("Retry-After", RETRY_AFTER_SECONDS).entity(failure("Too Many Requests"));
            case "http_401" -> unauthorized();
            case "http_400" -> Response.status(400).entity(failure("shippingAddress.zip is invalid"));
            case "success_false" -> refused("Variant out of stock");
            case "garbage" -> Response.ok("<html>upstream proxy error</html>", MediaType.TEXT_HTML);
            default -> {
                faults.stall();
                yield Response.status(504).entity(failure("Gateway Timeout"));
            }
        };
    }

    /** Why Centre Research would refuse the order, if it would. */
    private static Optional<String> invalid(JsonObject order) {
        if (!(order.get("partnerOrderId") instanceof JsonString id) || id.getString().isBlank()) {
            return Optional.of("partnerOrderId is required");
        }
        if (!(order.get("customer") instanceof JsonObject) || !(order.get("shippingAddress") instanceof JsonObject)) {
            return Optional.of("customer and shippingAddress are required");
        }
        if (!(order.get("items") instanceof JsonArray items) || items.isEmpty()) {
            return Optional.of("items must not be empty");
        }
        for (JsonValue item : items) {
            if (!(item instanceof JsonObject line) || !(line.get("variantId") instanceof JsonString)
                    || !(line.get("quantity") instanceof JsonNumber quantity) || !quantity.isIntegral() || quantity.intValue() < 1
                    || line.size() != 2) {
                return Optional.of("each item takes only variantId and a whole quantity of at least 1");
            }
        }
        return Optional.empty();
    }

    /** The order as the API shows it: what MedGrid polls. */
    private static JsonObject view(JsonObject order) {
        var view = ApiJson.JSON.createObjectBuilder();
        for (String field : List.of("orderId", "partnerOrderId", "status", "updatedAt", "shippingTier", "trackingNumber", "carrier", "trackingUrl")) {
            if (order.containsKey(field)) {
                view.add(field, order.get(field));
            }
        }
        return view.build();
    }

    private String tracking() {
        return "1ZCR" + store.nextId();
    }

    /** The account of an API key, unless the key is refused. */
    private static Optional<String> account(String apiKey) {
        return apiKey == null || apiKey.isBlank() || apiKey.startsWith("invalid") ? Optional.empty() : Optional.of(apiKey.trim());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    private static JsonObject success(JsonObject data) {
        return ApiJson.JSON.createObjectBuilder().add("success", true).add("data", data).build();
    }

    private static JsonObject failure(String error) {
        return ApiJson.JSON.createObjectBuilder().add("success", false).add("error", error).build();
    }

    private static Response.ResponseBuilder refused(String error) {
        return Response.ok(failure(error));
    }

    private static Response.ResponseBuilder unauthorized() {
        return Response.status(401).entity(failure("Invalid API key"));
    }
}

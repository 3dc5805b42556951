package com.medgrid.sandbox.sinq;

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
 * A SINQ Ops simulator under {@code /api/sandbox/sinq} (on with {@code SANDBOX=true}); its URL is the
 * demo account's {@code sinq_api_url}. Every {@code key} header is an account except one starting
 * with {@code invalid} (401). {@code orders/inbound} takes an order once per reference: a resend
 * gets the order SINQ has. Orders are kept in the database (the sandbox toolkit), with transaction
 * ids that never repeat. The demo account's orders ship by themselves after
 * {@code medgrid.sandbox.ship-after} and it notifies MedGrid with the demo webhook key and secret;
 * another account notifies once {@code _sandbox/webhook} says where and with which key.
 * {@code _sandbox/ship} and {@code _sandbox/status} move an order on now; notices alternate
 * between SINQ's flat and nested formats by transaction number (odd: nested) unless a
 * {@code format} is given. {@code _sandbox/faults} makes the next calls fail (the common modes,
 * and {@code lost_answer}: the order is taken but the answer comes too late).
 */
@Path("sandbox/sinq")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SinqSandbox implements SandboxVendor {

    static final String VENDOR = "sinq";
    static final String LOST_ANSWER = "lost_answer";
    private static final String DEMO_KEY = "demo-sinq-key";
    private static final String DEMO_WEBHOOK_KEY = "demo-sinq-webhook-key";
    private static final String DEMO_WEBHOOK_SECRET = "demo-sinq-webhook-secret";
    private static final String ORDERS = "order";
    private static final String WEBHOOK = "webhook";
    private static final Set<String> STATUSES = Set.of("synced", "pending", "shipped", "completed", "cancelled", "failed");
    private static final Set<String> FAULTS = faultModes();

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
    SandboxStore store;
    @Inject
    SandboxFaults faults;
    @Inject
    SinqSandboxNotices notices;

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("sinq_api_url", publicUrl + "/api/sandbox/sinq", "sinq_api_key", DEMO_KEY,
                "sinq_webhook_key", DEMO_WEBHOOK_KEY, "sinq_webhook_secret", DEMO_WEBHOOK_SECRET);
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.of("SINQ Ops");
    }

    @Override
    public Optional<String> demoWarehouse() {
        return Optional.of("SINQ Ops");
    }

    @Override
    public List<DemoProduct> demoProducts() {
        BiFunction<String, Integer, Map<String, String>> sku = (item, n) -> Map.of("sinq_sku", "SINQ-" + item);
        return List.of(
                new DemoProduct("DHEA", "DHEA", "Dehydroepiandrosterone, micronized, for adrenal support", "Bottle", 22, false, sku),
                new DemoProduct("PREG", "Pregnenolone", "Pregnenolone capsules, hormone precursor", "Bottle", 26, false, sku),
                new DemoProduct("PROG-CREAM", "Progesterone Cream", "Bioidentical progesterone cream, OTC strength", "Tube", 34, false, sku),
                new DemoProduct("MELA", "Melatonin", "Melatonin, extended release", "Bottle", 12, false, sku),
                new DemoProduct("ASHWA", "Ashwagandha", "KSM-66 ashwagandha root extract", "Bottle", 21, false, sku));
    }

    /** Takes an order once per reference: HTTP 201 {@code {reference, transactionId}}; a resend gets the same order (HTTP 200). */
    @POST
    @Path("api/receivers/orders/inbound")
    public Response inbound(@HeaderParam("key") String key, JsonObject order) {
        return handle(key, account -> {
            Optional<String> invalid = invalid(order);
            if (invalid.isPresent()) {
                return error(400, invalid.get());
            }
            String reference = order.getString("reference");
            boolean[] created = {false};
            Instant due = DEMO_KEY.equals(account) ? Instant.now().plus(shipAfter) : null;
            JsonObject stored = store.update(VENDOR, account, ORDERS, reference, JsonValue.EMPTY_JSON_OBJECT, due, known -> {
                if (known.containsKey("transactionId")) {
                    return known;
                }
                created[0] = true;
                long number = store.nextId();
                return ApiJson.JSON.createObjectBuilder(order).add("transactionId", "sinq-txn-" + number).add("number", number)
                        .add("status", "synced").build();
            });
            return Response.status(created[0] ? 201 : 200).entity(ApiJson.JSON.createObjectBuilder().add("reference", reference)
                    .add("transactionId", stored.getString("transactionId")).build());
        });
    }

    /** An order by reference, as SINQ has it now; 404 when there is none. */
    @GET
    @Path("api/receivers/orders/inbound/{reference}")
    public Response order(@HeaderParam("key") String key, @PathParam("reference") String reference) {
        return handle(key, account -> store.get(VENDOR, account, ORDERS, reference).map(Response::ok)
                .orElseGet(() -> error(404, "No order with reference " + reference + ".")));
    }

    /** The demo account's order is due: SINQ ships it and says so by webhook, unless it moved on already. */
    @Override
    public void due(SandboxRecord order) {
        String status = order.body().getString("status", "");
        if ("synced".equals(status) || "pending".equals(status)) {
            move(order.account(), order.key(), "shipped", "1ZSINQ" + store.nextId(), "UPS", null);
        }
    }

    /** Sandbox control: {@code {"url"?, "webhookKey", "webhookSecret"?}} — where and how this account's notices go. */
    @POST
    @Path("_sandbox/webhook")
    public Response webhook(@HeaderParam("key") String key, JsonObject request) {
        return control(key, account -> {
            String webhookKey = request.getString("webhookKey", "");
            if (webhookKey.isBlank()) {
                return error(400, "webhookKey is required.");
            }
            var target = ApiJson.JSON.createObjectBuilder().add("url", request.getString("url", defaultWebhookUrl())).add("key", webhookKey);
            if (!request.getString("webhookSecret", "").isBlank()) {
                target.add("secret", request.getString("webhookSecret"));
            }
            store.put(VENDOR, account, WEBHOOK, account, target.build());
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("ok", true).build());
        });
    }

    /** Sandbox control: {@code {"reference", "trackingNumber"?, "carrier"? (UPS), "format"? (flat|nested)}} ships the order now. */
    @POST
    @Path("_sandbox/ship")
    public Response ship(@HeaderParam("key") String key, JsonObject request) {
        return control(key, account -> moved(account, request, "shipped",
                request.getString("trackingNumber", "1ZSINQ" + store.nextId()), request.getString("carrier", "UPS")));
    }

    /** Sandbox control: {@code {"reference", "status" (synced|pending|shipped|completed|cancelled|failed), "format"?}}. */
    @POST
    @Path("_sandbox/status")
    public Response status(@HeaderParam("key") String key, JsonObject request) {
        return control(key, account -> {
            String status = request.getString("status", "");
            return STATUSES.contains(status) ? moved(account, request, status, null, null)
                    : error(400, "status must be one of " + String.join(", ", new java.util.TreeSet<>(STATUSES)) + ".");
        });
    }

    /** Sandbox control: the account's orders (whether a resend made a second one, say). */
    @GET
    @Path("_sandbox/orders")
    public Response orders(@HeaderParam("key") String key) {
        return control(key, account -> {
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("orders", store.bodies(VENDOR, account, ORDERS)).build());
        });
    }

    /** Sandbox control: {@code {"mode": "http_503"|"http_429"|"http_401"|"http_400"|"garbage"|"timeout"|"lost_answer", "count": n}}. */
    @POST
    @Path("_sandbox/faults")
    public Response faults(@HeaderParam("key") String key, JsonObject request) {
        return control(key, account -> {
            try {
                faults.plan(VENDOR, account, request.getString("mode", ""), request.getInt("count", 1), FAULTS, null);
            } catch (IllegalArgumentException e) {
                return error(400, e.getMessage());
            }
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("mode", request.getString("mode")).add("count", request.getInt("count", 1)).build());
        });
    }

    /** Sandbox control: how many API calls the account has made. */
    @GET
    @Path("_sandbox/calls")
    public Response calls(@HeaderParam("key") String key) {
        return control(key, account -> Response.ok(ApiJson.JSON.createObjectBuilder().add("calls", faults.calls(VENDOR, account)).build()));
    }

    private Response.ResponseBuilder moved(String account, JsonObject request, String status, String trackingNumber, String carrier) {
        String reference = request.getString("reference", "");
        String format = request.getString("format", null);
        if (format != null && !SinqSandboxNotices.FLAT.equals(format) && !SinqSandboxNotices.NESTED.equals(format)) {
            return error(400, "format must be flat or nested.");
        }
        if (store.get(VENDOR, account, ORDERS, reference).isEmpty()) {
            return error(404, "No order with reference " + reference + ".");
        }
        return Response.ok(move(account, reference, status, trackingNumber, carrier, format));
    }

    /** Moves the order on and notifies the account's webhook, if it has one; returns the order and where the notice went. */
    private JsonObject move(String account, String reference, String status, String trackingNumber, String carrier, String format) {
        JsonObject order = store.update(VENDOR, account, ORDERS, reference, JsonValue.EMPTY_JSON_OBJECT, null, known -> {
            var updated = ApiJson.JSON.createObjectBuilder(known).add("status", status);
            if (trackingNumber != null) {
                updated.add("tracking", ApiJson.JSON.createObjectBuilder().add("trackingNumber", trackingNumber)
                        .add("trackingUrl", "https://www.ups.com/track?tracknum=" + trackingNumber).add("shipBy", carrier));
            }
            return updated.build();
        });
        String used = format != null ? format : order.getJsonNumber("number").longValue() % 2 == 1 ? SinqSandboxNotices.NESTED : SinqSandboxNotices.FLAT;
        Optional<SinqSandboxNotices.Target> target = target(account);
        target.ifPresent(t -> notices.send(t, SinqSandboxNotices.body(order, used)));
        return ApiJson.JSON.createObjectBuilder(order).add("format", used)
                .add("webhook", target.map(SinqSandboxNotices.Target::url).orElse("not configured")).build();
    }

    /** Where the account's notices go: as set by {@code _sandbox/webhook}, or the demo credentials' key and secret for the demo account. */
    private Optional<SinqSandboxNotices.Target> target(String account) {
        Optional<JsonObject> set = store.get(VENDOR, account, WEBHOOK, account);
        if (set.isPresent()) {
            return Optional.of(new SinqSandboxNotices.Target(set.get().getString("url"), set.get().getString("key"),
                    set.get().getString("secret", null)));
        }
        return DEMO_KEY.equals(account)
                ? Optional.of(new SinqSandboxNotices.Target(defaultWebhookUrl(), DEMO_WEBHOOK_KEY, DEMO_WEBHOOK_SECRET))
                : Optional.empty();
    }

    private String defaultWebhookUrl() {
        return publicUrl + "/api/method/medgrid.sinq.webhook";
    }

    /** What SINQ would refuse in an order: no reference, no lines, a line without SKU or whole quantity, an incomplete address. */
    static Optional<String> invalid(JsonObject order) {
        if (order == null || order.getString("reference", "").isBlank()) {
            return Optional.of("reference is required.");
        }
        if (!(order.get("lineItems") instanceof JsonArray lines) || lines.isEmpty()) {
            return Optional.of("lineItems must list at least one item.");
        }
        for (JsonValue line : lines) {
            if (!(line instanceof JsonObject item) || item.getString("serviceSKU", "").isBlank()
                    || !(item.get("quantity") instanceof JsonNumber qty) || !qty.isIntegral() || qty.longValue() < 1) {
                return Optional.of("Each line item needs a serviceSKU and a whole quantity of at least 1.");
            }
        }
        if (!(order.get("shippingAddress") instanceof JsonObject address)) {
            return Optional.of("shippingAddress is required.");
        }
        for (String field : List.of("firstName", "address1", "city", "provinceCode", "zip", "countryCode")) {
            if (address.getString(field, "").isBlank()) {
                return Optional.of("shippingAddress." + field + " is required.");
            }
        }
        return Optional.empty();
    }

    /** An API call: the key decides the account, then a planned fault may play instead of (or, lost_answer, after) the action. */
    private Response handle(String key, Function<String, Response.ResponseBuilder> action) {
        requireEnabled();
        Optional<String> account = account(key);
        if (account.isEmpty()) {
            return error(401, "Unauthorized: wrong or missing key header.").build();
        }
        Optional<String> fault = faults.next(VENDOR, account.get());
        if (fault.isEmpty()) {
            return action.apply(account.get()).build();
        }
        return switch (fault.get()) {
            case "http_503" -> error(503, "Service Unavailable").build();
            case "http_429" -> error(429, "Too Many Requests").header("Retry-After", 1).build();
            case "http_401" -> error(401, "Unauthorized: wrong or missing key header.").build();
            case "http_400" -> error(400, "shippingAddress.zip is invalid.").build();
            case "garbage" -> Response.ok("<html>upstream proxy error</html>", MediaType.TEXT_HTML).build();
            case LOST_ANSWER -> {
                Response taken = action.apply(account.get()).build();
                faults.stall();
                yield taken;
            }
            default -> {
                faults.stall();
                yield error(504, "Gateway Timeout").build();
            }
        };
    }

    /** A sandbox control call: the key names the account; no faults. */
    private Response control(String key, Function<String, Response.ResponseBuilder> action) {
        requireEnabled();
        return account(key).map(action).orElseGet(() -> error(401, "Unauthorized: wrong or missing key header.")).build();
    }

    private static Optional<String> account(String key) {
        return key == null || key.isBlank() || key.startsWith("invalid") ? Optional.empty() : Optional.of(key.trim());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    private static Response.ResponseBuilder error(int status, String message) {
        return Response.status(status).entity(ApiJson.JSON.createObjectBuilder().add("message", message).build());
    }

    private static Set<String> faultModes() {
        Set<String> modes = new HashSet<>(SandboxFaults.MODES);
        modes.add(LOST_ANSWER);
        return Set.copyOf(modes);
    }
}

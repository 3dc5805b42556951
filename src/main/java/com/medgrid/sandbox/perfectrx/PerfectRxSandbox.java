package com.medgrid.sandbox.perfectrx;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.sandbox.SandboxFaults;
import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxStore;
import com.medgrid.sandbox.SandboxVendor;
import com.medgrid.sandbox.SandboxWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A PerfectRx simulator under {@code /api/sandbox/perfectrx} (on with {@code SANDBOX=true}). Its
 * documented quirk is kept: the token endpoint answers 502 to a form-encoded {@code grant_type}
 * body and takes only {@code {"credentials": {"clientId", "clientSecret"}}} (a secret starting with
 * {@code invalid} is refused). Patients are looked up by external id before being created; an
 * order resent with the same external order id gets the same reference. Clients, patients and
 * orders are kept in the database (the sandbox toolkit). The demo client's orders ship by
 * themselves after {@code medgrid.sandbox.ship-after}; {@code _sandbox/event} moves any order on
 * (ORDER_SHIPPED...) and posts the webhook signed as PerfectRx signs it; {@code _sandbox/faults}
 * makes the next calls fail (the common modes, and expire_token).
 */
@Path("sandbox/perfectrx")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PerfectRxSandbox implements SandboxVendor {

    static final String VENDOR = "perfectrx";
    private static final String DEMO_CLIENT = "demo";
    private static final String CLIENTS = "client";
    private static final String PATIENTS = "patient";
    private static final String ORDERS = "order";
    private static final String EXTERNAL_ORDERS = "external_order";
    private static final Set<String> FAULTS = Set.of("http_503", "expire_token");

    private record Grant(String clientId, Instant expires) {
    }

    /** Tokens are the one thing a restart may forget: MedGrid asks for a new one when PerfectRx refuses its old one. */
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "medgrid.sandbox.perfectrx.token-seconds", defaultValue = "3600")
    long tokenSeconds;
    @Inject
    @ConfigProperty(name = "medgrid.sandbox.ship-after", defaultValue = "PT5S")
    Duration shipAfter;
    @Inject
    SandboxStore store;
    @Inject
    SandboxFaults faults;
    @Inject
    SandboxWebhooks webhooks;

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("client_id", DEMO_CLIENT, "client_secret", "demo-secret", "default_practice_id", "DEMO");
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.of("PerfectRx Pharmacy");
    }

    @Override
    public Optional<String> demoWarehouse() {
        return Optional.of("PerfectRx Pharmacy");
    }

    @Override
    public List<DemoProduct> demoProducts() {
        BiFunction<String, Integer, Map<String, String>> described = (item, n) -> Map.of("perfectrx_drug_description", item);
        return List.of(
                new DemoProduct("SEMA", "Semaglutide", "GLP-1 receptor agonist, compounded injection", "Vial", 249, true, described),
                new DemoProduct("TIRZ", "Tirzepatide", "GIP/GLP-1 receptor agonist, compounded injection", "Vial", 329, true, described),
                new DemoProduct("TEST-CYP", "Testosterone Cypionate", "Androgen for hormone replacement therapy", "Vial", 65, true, described),
                new DemoProduct("NAD", "NAD+ Injection", "Nicotinamide adenine dinucleotide", "Vial", 129, false, described),
                new DemoProduct("B12", "Methylcobalamin B12", "Vitamin B12 injection", "Vial", 35, false, described),
                new DemoProduct("GLUT", "Glutathione", "Reduced L-glutathione antioxidant", "Vial", 58, false, described));
    }

    /** The real API's answer to the standard OAuth2 form body: a 502 from its gateway. */
    @POST
    @Path("v1/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tokenFromForm() {
        requireEnabled();
        return Response.status(502).entity(message("Bad Gateway")).build();
    }

    @POST
    @Path("v1/oauth2/token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response token(JsonObject body) {
        requireEnabled();
        JsonObject credentials = body.containsKey("credentials") && body.get("credentials") instanceof JsonObject c ? c : null;
        if (credentials == null) {
            return Response.status(502).entity(message("Bad Gateway")).build();
        }
        String clientId = credentials.getString("clientId", "");
        String secret = credentials.getString("clientSecret", "");
        if (clientId.isBlank() || secret.isBlank() || secret.startsWith("invalid")) {
            return Response.status(401).entity(message("invalid_client")).build();
        }
        store.update(VENDOR, clientId, CLIENTS, clientId, JsonValue.EMPTY_JSON_OBJECT, null,
                client -> ApiJson.JSON.createObjectBuilder(client).add("secret", secret).build());
        String token = Tokens.random(32);
        grants.put(token, new Grant(clientId, Instant.now().plusSeconds(tokenSeconds)));
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("accessToken", token).add("tokenType", "Bearer")
                .add("expiresIn", tokenSeconds).build()).build();
    }

    @POST
    @Path("v1/patients/create")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPatient(@HeaderParam("Authorization") String auth, JsonObject patient) {
        return authorized(auth, client -> {
            String externalId = patient.getString("externalId", null);
            if (externalId == null || !patient.containsKey("lastName")) {
                return Response.status(400).entity(message("externalId and lastName are required"));
            }
            boolean[] created = {false};
            JsonObject stored = store.update(VENDOR, client, PATIENTS, externalId, JsonValue.EMPTY_JSON_OBJECT, null, known -> {
                if (known.containsKey("patientId")) {
                    return known;
                }
                created[0] = true;
                return ApiJson.JSON.createObjectBuilder().add("patientId", "PRX-P-" + store.nextId()).build();
            });
            String id = stored.getString("patientId");
            if (created[0]) {
                send(client, ApiJson.JSON.createObjectBuilder().add("event", "PATIENT_CREATION_SUCCESS").add("patientId", id)
                        .add("externalId", externalId).build());
            }
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("patientId", id).add("created", created[0]).build());
        });
    }

    @POST
    @Path("v1/prescriptions/transmitEScript")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transmitEScript(@HeaderParam("Authorization") String auth, JsonObject prescription) {
        return authorized(auth, "prescriptions/transmitEScript", client -> {
            JsonValue prescriber = prescription.get("prescriber");
            if (!(prescriber instanceof JsonObject p) || !p.containsKey("npi")) {
                return Response.status(400).entity(message("prescriber.npi is required"));
            }
            return accept(client, prescription, "RX");
        });
    }

    @POST
    @Path("v1/otc/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response otcTransfer(@HeaderParam("Authorization") String auth, JsonObject order) {
        return authorized(auth, "otc/transfer", client -> accept(client, order, "OTC"));
    }

    @GET
    @Path("v1/orders/{referenceId}")
    public Response order(@HeaderParam("Authorization") String auth, @PathParam("referenceId") String referenceId) {
        return authorized(auth, client -> store.get(VENDOR, client, ORDERS, referenceId).map(Response::ok)
                .orElseGet(() -> Response.status(404).entity(message("No order " + referenceId))));
    }

    @POST
    @Path("v1/webhooks/register")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerWebhook(@HeaderParam("Authorization") String auth, JsonObject registration) {
        return authorized(auth, client -> {
            store.update(VENDOR, client, CLIENTS, client, JsonValue.EMPTY_JSON_OBJECT, null,
                    known -> ApiJson.JSON.createObjectBuilder(known).add("webhookUrl", registration.getString("url", "")).build());
            return Response.ok(ApiJson.JSON.createObjectBuilder().add("ok", true).build());
        });
    }

    /**
     * Sandbox control: {@code {"clientId", "referenceId", "event": "ORDER_SHIPPED", "trackingNumber", "carrier"}}
     * updates the order and posts the signed webhook, as PerfectRx does when it ships.
     */
    @POST
    @Path("_sandbox/event")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response event(JsonObject request) {
        requireEnabled();
        String client = request.getString("clientId", "");
        String reference = request.getString("referenceId", "");
        String event = request.getString("event", "ORDER_SHIPPED");
        if (statusOf(event) == null) {
            return Response.status(400).entity(message("Unknown event " + event)).build();
        }
        if (store.get(VENDOR, client, ORDERS, reference).isEmpty()) {
            return Response.status(404).entity(message("No order " + reference + " for that client")).build();
        }
        Optional<String> delivery = move(client, reference, event, request.getString("trackingNumber", null), request.getString("carrier", "UPS"));
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("event", event).add("webhook", delivery.orElse("not registered")).build()).build();
    }

    /** The demo client's order is due: PerfectRx ships it and says so by webhook. */
    @Override
    public void due(SandboxRecord order) {
        move(order.account(), order.key(), "ORDER_SHIPPED", "1ZPRX" + store.nextId(), "UPS");
    }

    /** Sandbox control: {@code {"clientId", "mode": "http_503"|"expire_token", "count": n, "operation": "otc/transfer"}} (operation optional). */
    @POST
    @Path("_sandbox/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faults(JsonObject request) {
        requireEnabled();
        String client = request.getString("clientId", "");
        if (store.get(VENDOR, client, CLIENTS, client).isEmpty()) {
            return Response.status(400).entity(message("a known clientId is required")).build();
        }
        try {
            faults.plan(VENDOR, client, request.getString("mode", ""), request.getInt("count", 1), FAULTS, request.getString("operation", null));
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(message(e.getMessage())).build();
        }
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("mode", request.getString("mode")).build()).build();
    }

    private Optional<String> move(String client, String reference, String event, String tracking, String carrier) {
        var payload = ApiJson.JSON.createObjectBuilder().add("event", event).add("referenceId", reference);
        store.update(VENDOR, client, ORDERS, reference, JsonValue.EMPTY_JSON_OBJECT, null, order -> {
            var updated = ApiJson.JSON.createObjectBuilder(order).add("status", statusOf(event)).add("updatedAt", Instant.now().toString());
            if (tracking != null) {
                String url = "https://www.ups.com/track?tracknum=" + tracking;
                updated.add("trackingNumber", tracking).add("carrier", carrier).add("trackingUrl", url);
                payload.add("trackingNumber", tracking).add("carrier", carrier).add("trackingUrl", url);
            }
            return updated.build();
        });
        return send(client, payload.build());
    }

    private static String statusOf(String event) {
        return switch (event) {
            case "ORDER_RECEIVED" -> "Received";
            case "ORDER_SHIPPED", "ORDER_RESHIPPED" -> "Shipped";
            case "ORDER_DELIVERED" -> "Delivered";
            case "ORDER_CANCELED" -> "Cancelled";
            default -> null;
        };
    }

    /**
     * Takes every transmission as a new order, as PerfectRx documents no idempotency key (so a
     * connector that sends twice is caught), noting it under its external order id for
     * {@code _sandbox/orders}; the demo client's orders ship by themselves.
     */
    private Response.ResponseBuilder accept(String client, JsonObject order, String kind) {
        String external = order.getString("externalOrderId", null);
        if (external == null || !(order.get("items") instanceof JsonArray items) || items.isEmpty()) {
            return Response.status(400).entity(message("externalOrderId and items are required"));
        }
        String id = "PRX-" + kind + "-" + store.nextId();
        store.put(VENDOR, client, ORDERS, id, ApiJson.JSON.createObjectBuilder().add("referenceId", id).add("externalOrderId", external)
                        .add("kind", kind).add("status", "Received").add("updatedAt", Instant.now().toString()).build(),
                DEMO_CLIENT.equals(client) ? Instant.now().plus(shipAfter) : null);
        store.update(VENDOR, client, EXTERNAL_ORDERS, external, ApiJson.JSON.createObjectBuilder().add("orders", JsonValue.EMPTY_JSON_ARRAY).build(), null,
                placed -> ApiJson.JSON.createObjectBuilder(placed).add("orders", ApiJson.JSON.createArrayBuilder(placed.getJsonArray("orders"))
                        .add(ApiJson.JSON.createObjectBuilder().add("referenceId", id).add("kind", kind))).build());
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("referenceId", id).add("status", "Received").build());
    }

    /** Sandbox control: every order a client transmitted under one external order id, in order ({@code {"orders": [{referenceId, kind}]}}). */
    @GET
    @Path("_sandbox/orders")
    public Response transmitted(@QueryParam("clientId") String client, @QueryParam("externalOrderId") String external) {
        requireEnabled();
        return Response.ok(store.get(VENDOR, client, EXTERNAL_ORDERS, external)
                .orElse(ApiJson.JSON.createObjectBuilder().add("orders", JsonValue.EMPTY_JSON_ARRAY).build())).build();
    }

    private Response authorized(String auth, java.util.function.Function<String, Response.ResponseBuilder> action) {
        return authorized(auth, null, action);
    }

    /** @param operation the API path the call is to ({@code otc/transfer}), which a planned fault may target */
    private Response authorized(String auth, String operation, java.util.function.Function<String, Response.ResponseBuilder> action) {
        requireEnabled();
        String token = auth == null || !auth.startsWith("Bearer ") ? null : auth.substring(7).trim();
        Grant grant = token == null ? null : grants.get(token);
        if (grant == null || grant.expires().isBefore(Instant.now())) {
            return Response.status(401).entity(message("invalid_token")).build();
        }
        Optional<String> fault = faults.next(VENDOR, grant.clientId(), operation);
        if (fault.filter("http_503"::equals).isPresent()) {
            return Response.status(503).entity(message("Service Unavailable")).build();
        }
        if (fault.filter("expire_token"::equals).isPresent()) {
            grants.remove(token);
            return Response.status(401).entity(message("token expired")).build();
        }
        return action.apply(grant.clientId()).build();
    }

    /** Posts a webhook signed as PerfectRx signs it, to the URL the client registered; returns where it went. */
    private Optional<String> send(String client, JsonObject event) {
        Optional<JsonObject> registered = store.get(VENDOR, client, CLIENTS, client);
        String target = registered.map(c -> c.getString("webhookUrl", null)).orElse(null);
        if (target == null || target.isEmpty()) {
            return Optional.empty();
        }
        byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
        String nonce = UUID.randomUUID().toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = HmacSigner.hex(registered.get().getString("secret"), nonce + timestamp + HmacSigner.sha256Hex(body));
        webhooks.post("PerfectRx", target, body, Map.of("X-PerfectRx-Signature", signature, "X-PerfectRx-Nonce", nonce,
                "X-PerfectRx-Timestamp", timestamp));
        return Optional.of(target);
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    private static JsonObject message(String text) {
        return ApiJson.JSON.createObjectBuilder().add("message", text).build();
    }
}

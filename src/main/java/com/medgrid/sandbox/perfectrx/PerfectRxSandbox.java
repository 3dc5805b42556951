package com.medgrid.sandbox.perfectrx;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.crypto.Tokens;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A PerfectRx simulator under {@code /api/sandbox/perfectrx} (on with {@code SANDBOX=true}). Its
 * documented quirk is kept: the token endpoint answers 502 to a form-encoded {@code grant_type}
 * body and takes only {@code {"credentials": {"clientId", "clientSecret"}}} (a secret starting with
 * {@code invalid} is refused). Patients are looked up by external id before being created; an
 * order resent with the same external order id gets the same reference. {@code _sandbox/event}
 * moves an order on (ORDER_SHIPPED...) and posts the webhook signed as PerfectRx signs it;
 * {@code _sandbox/faults} makes the next calls fail (http_503, expire_token).
 */
@Path("sandbox/perfectrx")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PerfectRxSandbox {

    private static final Logger LOG = Logger.getLogger(PerfectRxSandbox.class.getName());

    /** A client: its secret (which signs webhooks), its webhook URL, and what it sent. */
    private static final class SandboxClient {
        final String secret;
        volatile String webhookUrl;
        final Map<String, String> patientsByExternalId = new ConcurrentHashMap<>();
        final Map<String, JsonObject> ordersByReference = new ConcurrentHashMap<>();
        final Map<String, String> referencesByExternalOrder = new ConcurrentHashMap<>();
        final java.util.Deque<String> faults = new java.util.concurrent.ConcurrentLinkedDeque<>();

        SandboxClient(String secret) {
            this.secret = secret;
        }
    }

    private record Grant(String clientId, Instant expires) {
    }

    private final Map<String, SandboxClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "medgrid.sandbox.perfectrx.token-seconds", defaultValue = "3600")
    long tokenSeconds;
    @Inject
    SandboxWebhooks webhooks;

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
        clients.computeIfAbsent(clientId, id -> new SandboxClient(secret));
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
            String id = client.patientsByExternalId.computeIfAbsent(externalId, k -> {
                created[0] = true;
                return "PRX-P-" + Tokens.random(8).toUpperCase();
            });
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
        return authorized(auth, client -> {
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
        return authorized(auth, client -> accept(client, order, "OTC"));
    }

    @GET
    @Path("v1/orders/{referenceId}")
    public Response order(@HeaderParam("Authorization") String auth, @PathParam("referenceId") String referenceId) {
        return authorized(auth, client -> {
            JsonObject order = client.ordersByReference.get(referenceId);
            return order == null ? Response.status(404).entity(message("No order " + referenceId)) : Response.ok(order);
        });
    }

    @POST
    @Path("v1/webhooks/register")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerWebhook(@HeaderParam("Authorization") String auth, JsonObject registration) {
        return authorized(auth, client -> {
            client.webhookUrl = registration.getString("url", null);
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
        SandboxClient client = clients.get(request.getString("clientId", ""));
        String reference = request.getString("referenceId", "");
        JsonObject order = client == null ? null : client.ordersByReference.get(reference);
        if (order == null) {
            return Response.status(404).entity(message("No order " + reference + " for that client")).build();
        }
        String event = request.getString("event", "ORDER_SHIPPED");
        String status = switch (event) {
            case "ORDER_RECEIVED" -> "Received";
            case "ORDER_SHIPPED", "ORDER_RESHIPPED" -> "Shipped";
            case "ORDER_DELIVERED" -> "Delivered";
            case "ORDER_CANCELED" -> "Cancelled";
            default -> null;
        };
        if (status == null) {
            return Response.status(400).entity(message("Unknown event " + event)).build();
        }
        var updated = ApiJson.JSON.createObjectBuilder(order).add("status", status).add("updatedAt", Instant.now().toString());
        var payload = ApiJson.JSON.createObjectBuilder().add("event", event).add("referenceId", reference);
        if (request.containsKey("trackingNumber")) {
            String tracking = request.getString("trackingNumber");
            String carrier = request.getString("carrier", "UPS");
            String url = "https://www.ups.com/track?tracknum=" + tracking;
            updated.add("trackingNumber", tracking).add("carrier", carrier).add("trackingUrl", url);
            payload.add("trackingNumber", tracking).add("carrier", carrier).add("trackingUrl", url);
        }
        client.ordersByReference.put(reference, updated.build());
        Optional<String> delivery = send(client, payload.build());
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("event", event).add("webhook", delivery.orElse("not registered")).build()).build();
    }

    /** Sandbox control: {@code {"clientId", "mode": "http_503"|"expire_token", "count": n}}. */
    @POST
    @Path("_sandbox/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faults(JsonObject request) {
        requireEnabled();
        SandboxClient client = clients.get(request.getString("clientId", ""));
        String mode = request.getString("mode", "");
        if (client == null || !java.util.Set.of("http_503", "expire_token").contains(mode)) {
            return Response.status(400).entity(message("a known clientId and mode http_503 or expire_token are required")).build();
        }
        client.faults.clear();
        for (int i = 0; i < request.getInt("count", 1); i++) {
            client.faults.add(mode);
        }
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("mode", mode).build()).build();
    }

    private Response.ResponseBuilder accept(SandboxClient client, JsonObject order, String kind) {
        String external = order.getString("externalOrderId", null);
        if (external == null || !(order.get("items") instanceof JsonArray items) || items.isEmpty()) {
            return Response.status(400).entity(message("externalOrderId and items are required"));
        }
        String reference = client.referencesByExternalOrder.computeIfAbsent(external, k -> {
            String id = "PRX-" + kind + "-" + Tokens.random(8).toUpperCase();
            client.ordersByReference.put(id, ApiJson.JSON.createObjectBuilder().add("referenceId", id)
                    .add("externalOrderId", external).add("status", "Received").add("updatedAt", Instant.now().toString()).build());
            return id;
        });
        return Response.ok(ApiJson.JSON.createObjectBuilder().add("referenceId", reference).add("status", "Received").build());
    }

    private Response authorized(String auth, java.util.function.Function<SandboxClient, Response.ResponseBuilder> action) {
        requireEnabled();
        Grant grant = auth == null || !auth.startsWith("Bearer ") ? null : grants.get(auth.substring(7).trim());
        if (grant == null || grant.expires().isBefore(Instant.now())) {
            return Response.status(401).entity(message("invalid_token")).build();
        }
        SandboxClient client = clients.get(grant.clientId());
        String fault = client.faults.pollFirst();
        if ("http_503".equals(fault)) {
            return Response.status(503).entity(message("Service Unavailable")).build();
        }
        if ("expire_token".equals(fault)) {
            grants.remove(auth.substring(7).trim());
            return Response.status(401).entity(message("token expired")).build();
        }
        return action.apply(client).build();
    }

    /** Posts a webhook signed as PerfectRx signs it; returns where it went. */
    private Optional<String> send(SandboxClient client, JsonObject event) {
        String target = client.webhookUrl;
        if (target == null) {
            return Optional.empty();
        }
        byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
        String nonce = UUID.randomUUID().toString();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = HmacSigner.hex(client.secret, nonce + timestamp + HmacSigner.sha256Hex(body));
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

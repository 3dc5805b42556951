package com.medgrid.sandbox;

import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A subscriber's endpoint inside the sandbox, so that the development build shows outbound webhooks
 * with no set-up: the demo partner's subscription (demo data) delivers here. {@code POST} takes any
 * delivery (204); {@code GET /api/sandbox/webhook-receiver} lists the last ones received, newest first.
 * Off (404) unless the sandbox is on.
 */
@ApplicationScoped
@Path("sandbox/webhook-receiver")
public class SandboxWebhookReceiver {

    static final String PATH = "/api/sandbox/webhook-receiver";
    private static final int KEPT = 100;

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;

    private final Deque<JsonObject> received = new ArrayDeque<>();

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(String body, @HeaderParam("webhook-id") String id, @HeaderParam("X-MedGrid-Signature") String signature) {
        requireSandbox();
        JsonValue event;
        try {
            event = ApiJson.JSON.createReader(new StringReader(body)).readObject().getOrDefault("event", JsonValue.NULL);
        } catch (RuntimeException e) {
            event = JsonValue.NULL;
        }
        JsonObject delivery = ApiJson.JSON.createObjectBuilder().add("received_at", Instant.now().toString())
                .add("webhook_id", id == null ? "" : id).add("event", event).add("signed", signature != null).add("body", body).build();
        synchronized (received) {
            received.addFirst(delivery);
            while (received.size() > KEPT) {
                received.removeLast();
            }
        }
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        requireSandbox();
        JsonArrayBuilder deliveries = ApiJson.JSON.createArrayBuilder();
        synchronized (received) {
            received.forEach(deliveries::add);
        }
        return ApiJson.JSON.createObjectBuilder().add("deliveries", deliveries).build();
    }

    private void requireSandbox() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }
}

package com.medgrid.vendors.perfectrx;

import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.inbox.Inbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /api/method/medgrid.perfectrx.webhook}: its own resource because the signature
 * covers the raw body bytes. Nothing is parsed before the signature and the timestamp (five minutes)
 * pass; the nonce (never seen before) is checked as the event is stored, in one transaction. A refusal
 * is a 401 in the API's format.
 */
@Path("method/medgrid.perfectrx.webhook")
@RequestScoped
public class PerfectRxWebhookResource {

    static final String SOURCE = "perfectrx";

    @Inject
    ConnectionStore connections;
    @Inject
    Inbox inbox;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam("X-PerfectRx-Signature") String signature,
                                       @HeaderParam("X-PerfectRx-Nonce") String nonce,
                                       @HeaderParam("X-PerfectRx-Timestamp") String timestamp,
                                       byte[] body) {
        Connection connection = connections.active(PerfectRxConnector.INTEGRATION, null)
                .orElseThrow(() -> ApiException.authentication("PerfectRx is not configured here, so its webhooks cannot be verified."));
        PerfectRxSignature.check(connection.credentials().get("client_secret"), signature, nonce, timestamp, body, Instant.now())
                .ifPresent(reason -> {
                    throw ApiException.authentication(reason);
                });
        JsonObject event;
        try {
            event = ApiJson.JSON.createReader(new ByteArrayInputStream(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.badRequest("The webhook body is not a JSON object.");
        }
        String type = event.getString("event", null);
        if (type == null || !PerfectRxEvents.KNOWN.contains(type)) {
            throw ApiException.validation("Unknown PerfectRx event " + type + ".");
        }
        // a redelivery of the same event carries a new nonce but the same body
        boolean stored = inbox.accept(new Inbox.Nonce("X-PerfectRx-Nonce", nonce.trim()), SOURCE, HmacSigner.sha256Hex(body), type,
                Instant.ofEpochSecond(Long.parseLong(timestamp.trim())), event.toString());
        return Map.of("message", Map.of("ok", true, "duplicate", !stored));
    }
}

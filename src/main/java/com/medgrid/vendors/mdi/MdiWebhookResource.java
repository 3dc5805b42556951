package com.medgrid.vendors.mdi;

import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.inbox.Inbox;
import com.medgrid.platform.security.SelfAuthorizingEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /api/method/medgrid.mdi.webhook}: MD Integrations' events. Two checks, both in
 * constant time, before anything is parsed or stored: the {@code Authorization} header is the value
 * MedGrid registered with MD Integrations ({@code mdi_webhook_authorization}), and {@code Signature}
 * is the hex HMAC-SHA256 of the body's raw bytes under {@code mdi_webhook_secret} (MD Integrations
 * signs what PHP's json_encode wrote, slashes escaped and all, so the body is never re-serialised).
 * A retried event is the same body (its {@code timestamp} is the first attempt's), so the body's hash
 * makes a duplicate harmless; the event's time orders its effect ({@link MdiEvents}).
 */
@Path("method/medgrid.mdi.webhook")
@ApplicationScoped
public class MdiWebhookResource implements SelfAuthorizingEndpoint {

    static final String SOURCE = "mdi";

    @Inject
    ConnectionStore connections;
    @Inject
    Inbox inbox;

    @Override
    public String path() {
        return "/api/method/medgrid.mdi.webhook";
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam("Authorization") String authorization, @HeaderParam("Signature") String signature,
                                       byte[] body) {
        Connection connection = connections.active(Mdi.KEY, null)
                .orElseThrow(() -> ApiException.authentication("MD Integrations is not configured here, so its webhooks cannot be verified."));
        String expectedAuthorization = connection.credentials().get(Mdi.WEBHOOK_AUTHORIZATION);
        String secret = connection.credentials().get(Mdi.WEBHOOK_SECRET);
        if (expectedAuthorization == null || secret == null) {
            throw ApiException.authentication("MD Integrations webhooks are not set up: an admin connects mdi_webhook_authorization and "
                    + "mdi_webhook_secret as registered with MD Integrations.");
        }
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization.getBytes(StandardCharsets.UTF_8),
                authorization.trim().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.authentication("The Authorization header is not the one registered with MD Integrations.");
        }
        if (!HmacSigner.matches(HmacSigner.hex(secret, body), signature)) {
            throw ApiException.authentication("The Signature header does not match the body (hex HMAC-SHA256 under the webhook secret).");
        }
        JsonObject event = parse(body);
        String type = event.getString("event_type", null);
        if (type == null || !MdiEvents.KNOWN.contains(type)) {
            throw ApiException.validation("Unknown MD Integrations event " + type + ".");
        }
        if (!(event.get("timestamp") instanceof JsonNumber timestamp) || !timestamp.isIntegral()) {
            throw ApiException.validation("The MD Integrations event has no timestamp (seconds since the epoch).");
        }
        if (event.getString("case_id", null) == null) {
            throw ApiException.validation("The MD Integrations event " + type + " has no case_id.");
        }
        boolean stored = inbox.accept(SOURCE, HmacSigner.sha256Hex(body), type, Instant.ofEpochSecond(timestamp.longValue()),
                new String(body, StandardCharsets.UTF_8));
        return Map.of("message", Map.of("ok", true, "duplicate", !stored));
    }

    private static JsonObject parse(byte[] body) {
        try {
            return ApiJson.JSON.createReader(new ByteArrayInputStream(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.badRequest("The webhook body is not a JSON object.");
        }
    }
}

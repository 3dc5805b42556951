package com.medgrid.vendors.sinq;

import com.medgrid.fulfillment.VendorOrders;
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
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/method/medgrid.sinq.webhook}: its own resource because the signature covers the
 * raw body bytes. Nothing is parsed or stored before the {@code key} header (and the signature, when
 * a secret is configured) pass; a refusal is a 401 in the API's format. An event for an order
 * MedGrid never sent to SINQ is refused too, so that only news about known orders is stored; the
 * inbox keeps each body once and applies it after the answer ({@link SinqEvents}).
 */
@Path("method/medgrid.sinq.webhook")
@RequestScoped
public class SinqWebhookResource {

    static final String SOURCE = Sinq.KEY;

    @Inject
    ConnectionStore connections;
    @Inject
    VendorOrders vendorOrders;
    @Inject
    Inbox inbox;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam("key") String key, @HeaderParam("X-Webhook-Signature") String signature, byte[] body) {
        Connection connection = connections.active(Sinq.KEY, null)
                .orElseThrow(() -> ApiException.authentication("SINQ Ops is not configured here, so its webhooks cannot be verified."));
        Map<String, String> credentials = connection.credentials();
        SinqSignature.check(credentials.get(Sinq.WEBHOOK_KEY), credentials.get(Sinq.WEBHOOK_SECRET), key, signature, body)
                .ifPresent(reason -> {
                    throw ApiException.authentication(reason);
                });
        SinqEvent event;
        try {
            event = SinqEvent.of(ApiJson.JSON.createReader(new ByteArrayInputStream(body)).readObject());
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.badRequest("The webhook body is not a JSON object.");
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(e.getMessage());
        }
        if (vendorOrders.byReference(Sinq.KEY, event.reference()).isEmpty()) {
            throw ApiException.notFound("No SINQ Ops order with reference " + event.reference() + ".");
        }
        // SINQ gives no event id or reliable time: the same body delivered again is the same event
        boolean stored = inbox.accept(SOURCE, HmacSigner.sha256Hex(body), event.status().toLowerCase(Locale.ROOT), null,
                new String(body, java.nio.charset.StandardCharsets.UTF_8));
        return Map.of("message", Map.of("ok", true, "duplicate", !stored));
    }
}

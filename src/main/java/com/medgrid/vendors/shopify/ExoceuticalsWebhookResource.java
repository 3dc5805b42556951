package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorOrderRef;
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
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/method/medgrid.exoceuticals.webhook}: Shopify's order webhooks for the
 * Exoceuticals store. Its own resource because {@code X-Shopify-Hmac-Sha256} signs the raw body
 * bytes; nothing is parsed or stored before it passes (constant-time comparison). Shopify may send
 * a webhook more than once: {@code X-Shopify-Webhook-Id} keeps each once in the inbox, which
 * applies it after the answer with {@code X-Shopify-Triggered-At} as its time, so an older event
 * than what the order already shows changes nothing ({@link ExoceuticalsEvents}).
 */
@Path("method/medgrid.exoceuticals.webhook")
@RequestScoped
public class ExoceuticalsWebhookResource {

    static final String SOURCE = Exoceuticals.KEY;
    static final Set<String> TOPICS = Set.of("orders/updated", "orders/fulfilled", "orders/cancelled");

    @Inject
    ConnectionStore connections;
    @Inject
    VendorOrders vendorOrders;
    @Inject
    Inbox inbox;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam("X-Shopify-Hmac-Sha256") String signature, @HeaderParam("X-Shopify-Topic") String topic,
                                       @HeaderParam("X-Shopify-Webhook-Id") String webhookId,
                                       @HeaderParam("X-Shopify-Triggered-At") String triggeredAt, byte[] body) {
        Connection connection = connections.active(Exoceuticals.KEY, null)
                .orElseThrow(() -> ApiException.authentication("Exoceuticals is not configured here, so its webhooks cannot be verified."));
        String secret = connection.credentials().get(Exoceuticals.WEBHOOK_SECRET);
        if (secret == null || secret.isBlank()) {
            throw ApiException.authentication("No exoceuticals_webhook_secret is configured, so Shopify's webhooks cannot be verified.");
        }
        if (!HmacSigner.matchesBase64(HmacSigner.base64(secret, body), signature)) {
            throw ApiException.authentication("HMAC verification failed.");
        }
        if (topic == null || !TOPICS.contains(topic)) {
            throw ApiException.validation("Unsupported topic " + topic + ": subscribe only " + String.join(", ", TOPICS.stream().sorted().toList()) + ".");
        }
        if (webhookId == null || webhookId.isBlank()) {
            throw ApiException.badRequest("X-Shopify-Webhook-Id is missing: Shopify sends one with every webhook.");
        }
        JsonObject order;
        try {
            order = ApiJson.JSON.createReader(new ByteArrayInputStream(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.badRequest("The webhook body is not a JSON object.");
        }
        String orderId = order.get("admin_graphql_api_id") instanceof JsonString id ? id.getString() : null;
        VendorOrderRef known = orderId == null ? null
                : vendorOrders.byVendorId(Exoceuticals.KEY, connection.name(), orderId).orElse(null);
        if (known == null) {
            throw ApiException.notFound("No Exoceuticals order " + orderId + " was placed by MedGrid.");
        }
        inbox.accept(SOURCE, webhookId, topic, ShopifyOrderNews.parse(triggeredAt == null ? "" : triggeredAt),
                new String(body, StandardCharsets.UTF_8));
        return Map.of("message", Map.of("status", "ok", "topic", topic, "sales_order", known.salesOrder()));
    }
}

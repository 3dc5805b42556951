package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.integrations.Connection;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;

/**
 * Takes in Shopify's order webhooks for a store's connection. {@code X-Shopify-Hmac-Sha256} signs the
 * raw body bytes, so nothing is parsed or stored before it passes (constant-time comparison).
 * Shopify may send a webhook more than once: {@code X-Shopify-Webhook-Id} keeps each once in the
 * inbox (under the vendor's key), which applies it after the answer with
 * {@code X-Shopify-Triggered-At} as its time, so an older event than what the order already shows
 * changes nothing ({@link ShopifyWebhookNews}). The inbox keeps the order with the connection it
 * came through, as order ids are only known per store.
 */
@ApplicationScoped
public class ShopifyWebhookIntake {

    static final Set<String> TOPICS = Set.of("orders/updated", "orders/fulfilled", "orders/cancelled");

    @Inject
    VendorOrders vendorOrders;
    @Inject
    Inbox inbox;

    /** Shopify's headers of one webhook. */
    record Headers(String signature, String topic, String webhookId, String triggeredAt) {
    }

    /** @param secret what the store signs with: the Exoceuticals webhook secret, the app's secret for a vendor's store */
    Map<String, Object> accept(String vendor, Connection connection, String secret, Headers headers, byte[] body) {
        if (!HmacSigner.matchesBase64(HmacSigner.base64(secret, body), headers.signature())) {
            throw ApiException.authentication(ShopifyOAuth.HMAC_FAILED);
        }
        if (headers.topic() == null || !TOPICS.contains(headers.topic())) {
            throw ApiException.validation("Unsupported topic " + headers.topic() + ": subscribe only "
                    + String.join(", ", TOPICS.stream().sorted().toList()) + ".");
        }
        if (headers.webhookId() == null || headers.webhookId().isBlank()) {
            throw ApiException.badRequest("X-Shopify-Webhook-Id is missing: Shopify sends one with every webhook.");
        }
        JsonObject order;
        try {
            order = ApiJson.JSON.createReader(new ByteArrayInputStream(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.badRequest("The webhook body is not a JSON object.");
        }
        String orderId = order.get("admin_graphql_api_id") instanceof JsonString id ? id.getString() : null;
        VendorOrderRef known = orderId == null ? null : vendorOrders.byVendorId(vendor, connection.name(), orderId).orElse(null);
        if (known == null) {
            throw ApiException.notFound("No Shopify order " + orderId + " was placed by MedGrid through this connection.");
        }
        String stored = ApiJson.JSON.createObjectBuilder().add(ShopifyWebhookNews.CONNECTION, connection.name())
                .add(ShopifyWebhookNews.ORDER, order).build().toString();
        inbox.accept(vendor, headers.webhookId(), headers.topic(), ShopifyOrderNews.parse(headers.triggeredAt() == null ? "" : headers.triggeredAt()),
                stored);
        return Map.of("message", Map.of("status", "ok", "topic", headers.topic(), "sales_order", known.salesOrder()));
    }
}

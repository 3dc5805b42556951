package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.sandbox.SandboxStore;
import com.medgrid.sandbox.SandboxWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shopify's webhooks to MedGrid ({@code /api/method/medgrid.exoceuticals.webhook}), with Shopify's
 * headers: the topic, the shop, a webhook id (the same on a redelivery), when the event was
 * triggered, the API version, and {@code X-Shopify-Hmac-Sha256}, the base64 HMAC-SHA256 of the raw
 * body under the shop's webhook secret (the demo shop's is the demo credentials'; any other shop's
 * is the app's API secret, as Shopify signs the webhooks an app subscribed to). Every delivery is
 * recorded with its headers, body and what MedGrid answered, so a test sees what went out even
 * while no connector takes it.
 */
@ApplicationScoped
public class ShopifyWebhooksSandbox {

    private static final String PATH = "/api/method/medgrid.exoceuticals.webhook";
    private static final String DELIVERIES = "webhook_delivery";

    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;
    @Inject
    SandboxWebhooks webhooks;
    @Inject
    SandboxStore store;

    /** One webhook to send: {@code triggeredAt} is ISO-8601; {@code badSignature} signs with a wrong secret. */
    record Delivery(String topic, JsonObject body, String webhookId, String triggeredAt, boolean badSignature) {
    }

    /** Sends it in the background; returns its record (status {@code sending} until MedGrid answers). */
    JsonObject send(String shop, Delivery delivery) {
        String body = delivery.body().toString();
        String secret = ShopifyDemoShop.EXOCEUTICALS.domain().equals(shop) ? ShopifySandbox.DEMO_WEBHOOK_SECRET : ShopifyOAuthSandbox.CLIENT_SECRET;
        String signature = HmacSigner.base64((delivery.badSignature() ? "not-" + secret : secret).getBytes(StandardCharsets.UTF_8), body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Shopify-Topic", delivery.topic());
        headers.put("X-Shopify-Hmac-Sha256", signature);
        headers.put("X-Shopify-Shop-Domain", shop);
        headers.put("X-Shopify-Webhook-Id", delivery.webhookId());
        headers.put("X-Shopify-Triggered-At", delivery.triggeredAt());
        headers.put("X-Shopify-API-Version", ShopifySandbox.API_VERSION);
        String url = publicUrl + PATH;
        String key = delivery.webhookId() + "/" + store.nextId(); // a redelivery keeps the webhook id: its own record
        JsonObject record = ApiJson.JSON.createObjectBuilder().add("webhook_id", delivery.webhookId()).add("topic", delivery.topic())
                .add("order_id", delivery.body().getString("admin_graphql_api_id")).add("url", url)
                .add("triggered_at", delivery.triggeredAt()).add("bad_signature", delivery.badSignature())
                .add("headers", ApiJson.JSON.createObjectBuilder(Map.<String, Object>copyOf(headers))).add("body", body)
                .add("status", "sending").build();
        store.put(ShopifySandbox.VENDOR, shop, DELIVERIES, key, record);
        webhooks.post("Shopify", url, body.getBytes(StandardCharsets.UTF_8), headers).whenComplete((status, failure) ->
                store.update(ShopifySandbox.VENDOR, shop, DELIVERIES, key, record, null, sent -> ApiJson.JSON.createObjectBuilder(sent)
                        .add("status", failure == null ? "HTTP " + status : "failed: " + failure.getMessage()).build()));
        return record;
    }

    /** The first delivery with this webhook id, to send again as Shopify redelivers: same topic, body and time. */
    Optional<Delivery> delivered(String shop, String webhookId) {
        return store.all(ShopifySandbox.VENDOR, shop, DELIVERIES).stream().map(r -> r.body())
                .filter(d -> webhookId.equals(d.getString("webhook_id"))).findFirst()
                .map(d -> new Delivery(d.getString("topic"), ApiJson.JSON.createReader(new java.io.StringReader(d.getString("body"))).readObject(),
                        webhookId, d.getString("triggered_at"), false));
    }

    JsonArray deliveries(String shop) {
        return store.bodies(ShopifySandbox.VENDOR, shop, DELIVERIES);
    }
}

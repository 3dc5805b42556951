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

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shopify's webhooks: an order event of a shop goes to every address the shop subscribed to its
 * topic ({@link ShopifyWebhookSubscriptions}); a shop with none for it sends it to MedGrid's
 * Exoceuticals webhook ({@code /api/method/medgrid.exoceuticals.webhook}), as the managed store was
 * set up by hand in its admin, not by subscriptions. Each goes with Shopify's headers: the topic, the
 * shop, a webhook id (the same on a redelivery), when the event was triggered, the API version, and
 * {@code X-Shopify-Hmac-Sha256}, the base64 HMAC-SHA256 of the raw body under the shop's webhook
 * secret ({@link #secret}). Every delivery is recorded, one per URL, with its headers, body and what
 * the receiver answered, so a test sees what went out even while no connector takes it.
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
    @Inject
    ShopifyWebhookSubscriptions subscriptions;

    /** One webhook to send: {@code triggeredAt} is ISO-8601; {@code badSignature} signs with a wrong secret. */
    record Delivery(String topic, JsonObject body, String webhookId, String triggeredAt, boolean badSignature) {
    }

    /**
     * The secret Shopify signs a shop's webhooks with, the subscribing app's: Exoceuticals' store has a
     * custom app of its own (its secret is in the demo credentials); every other shop's subscriptions
     * are the sandbox app's.
     */
    static String secret(String shop) {
        return ShopifyDemoShop.EXOCEUTICALS.domain().equals(shop) ? ShopifySandbox.DEMO_WEBHOOK_SECRET : ShopifyOAuthSandbox.CLIENT_SECRET;
    }

    /** Sends a new event to where the shop sends its topic, in the background; returns its records (status {@code sending} until answered). */
    List<JsonObject> send(String shop, Delivery delivery) {
        List<String> subscribed = subscriptions.uris(shop, delivery.topic());
        return send(shop, delivery, subscribed.isEmpty() ? List.of(publicUrl + PATH) : subscribed);
    }

    /**
     * Sends again what went out under this webhook id, as Shopify redelivers: the same topic, body and
     * URLs, triggered when it was unless {@code triggeredAt} says otherwise. Empty when nothing went out under it.
     */
    Optional<List<JsonObject>> redeliver(String shop, String webhookId, String triggeredAt, boolean badSignature) {
        List<JsonObject> sent = store.all(ShopifySandbox.VENDOR, shop, DELIVERIES).stream().map(r -> r.body())
                .filter(d -> webhookId.equals(d.getString("webhook_id"))).toList();
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        JsonObject first = sent.get(0);
        Delivery again = new Delivery(first.getString("topic"), ApiJson.JSON.createReader(new StringReader(first.getString("body"))).readObject(),
                webhookId, triggeredAt != null ? triggeredAt : first.getString("triggered_at"), badSignature);
        return Optional.of(send(shop, again, sent.stream().map(d -> d.getString("url")).distinct().toList()));
    }

    JsonArray deliveries(String shop) {
        return store.bodies(ShopifySandbox.VENDOR, shop, DELIVERIES);
    }

    private List<JsonObject> send(String shop, Delivery delivery, List<String> urls) {
        String body = delivery.body().toString();
        String secret = secret(shop);
        String signature = HmacSigner.base64((delivery.badSignature() ? "not-" + secret : secret).getBytes(StandardCharsets.UTF_8), body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Shopify-Topic", delivery.topic());
        headers.put("X-Shopify-Hmac-Sha256", signature);
        headers.put("X-Shopify-Shop-Domain", shop);
        headers.put("X-Shopify-Webhook-Id", delivery.webhookId());
        headers.put("X-Shopify-Triggered-At", delivery.triggeredAt());
        headers.put("X-Shopify-API-Version", ShopifySandbox.API_VERSION);
        return urls.stream().map(url -> post(shop, delivery, url, body, headers)).toList();
    }

    private JsonObject post(String shop, Delivery delivery, String url, String body, Map<String, String> headers) {
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
}

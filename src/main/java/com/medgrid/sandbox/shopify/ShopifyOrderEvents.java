package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Something happens to an order in a shop, and Shopify tells the shop's subscribers (MedGrid):
 * {@code orders/fulfilled} (fulfilled by UPS with tracking), {@code orders/cancelled},
 * {@code orders/updated}. The order moves on now and the webhook carries it; an event with an
 * earlier {@code triggeredAt} is a stale one, arriving late: it shows the order as that event made
 * it then, and changes nothing now. A known webhook id is a redelivery of what was sent under it.
 */
@ApplicationScoped
public class ShopifyOrderEvents {

    static final String FULFILLED = "orders/fulfilled";
    static final String CANCELLED = "orders/cancelled";
    static final String UPDATED = "orders/updated";
    static final Set<String> TOPICS = Set.of(FULFILLED, CANCELLED, UPDATED);

    @Inject
    ShopifyOrdersSandbox orders;
    @Inject
    ShopifyWebhooksSandbox webhooks;
    @Inject
    SandboxStore store;

    /** What to send: the topic, and optionally the webhook id, the time of the event and a wrong signature. */
    record Event(String topic, String webhookId, String triggeredAt, boolean badSignature) {
    }

    /** The delivery's records (one per URL it went to); empty when the shop has no such order. */
    Optional<List<JsonObject>> happen(String shop, String orderId, Event event) {
        Optional<JsonObject> current = orders.get(shop, orderId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (event.webhookId() != null) {
            Optional<List<JsonObject>> again = webhooks.redeliver(shop, event.webhookId(), event.triggeredAt(), event.badSignature());
            if (again.isPresent()) {
                return again;
            }
        }
        JsonObject order;
        Instant at;
        if (event.triggeredAt() != null) {
            at = Instant.parse(event.triggeredAt());
            order = ApiJson.JSON.createObjectBuilder(move(event.topic(), at).apply(current.get())).add("updatedAt", at.toString()).build();
        } else {
            at = Instant.now();
            order = orders.move(shop, orderId, move(event.topic(), at));
        }
        String webhookId = event.webhookId() != null ? event.webhookId() : UUID.randomUUID().toString();
        return Optional.of(webhooks.send(shop, new ShopifyWebhooksSandbox.Delivery(event.topic(), ShopifyOrdersSandbox.rest(order), webhookId,
                at.toString(), event.badSignature())));
    }

    private UnaryOperator<JsonObject> move(String topic, Instant at) {
        switch (topic) {
            case FULFILLED:
                String tracking = "1ZEXO" + store.nextId();
                return order -> ShopifyOrdersSandbox.fulfilled(order, tracking, at);
            case CANCELLED:
                return order -> ShopifyOrdersSandbox.cancelled(order, at);
            case UPDATED:
                return order -> ShopifyOrdersSandbox.touched(order, at);
            default:
                throw new IllegalArgumentException("topic must be one of " + String.join(", ", new java.util.TreeSet<>(TOPICS)));
        }
    }
}

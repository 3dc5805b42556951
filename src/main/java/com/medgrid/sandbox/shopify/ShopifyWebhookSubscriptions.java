package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A shop's webhook subscriptions ({@code webhookSubscriptionCreate}, {@code webhookSubscriptions},
 * {@code webhookSubscriptionDelete}), kept in the database: where the shop's order events go. Only
 * the topics the simulator sends can be subscribed to, each a webhook topic as GraphQL names it
 * ({@code orders/fulfilled} is {@code ORDERS_FULFILLED}); the address must be an absolute http(s)
 * URL, and once per topic, as Shopify takes it.
 */
@ApplicationScoped
public class ShopifyWebhookSubscriptions {

    static final String GID = "gid://shopify/WebhookSubscription/";
    static final Set<String> TOPICS = ShopifyOrderEvents.TOPICS.stream().map(ShopifyWebhookSubscriptions::topic)
            .collect(Collectors.toUnmodifiableSet());
    private static final String SUBSCRIPTIONS = "webhook_subscription";

    @Inject
    SandboxStore store;

    /** The GraphQL topic of a webhook topic: {@code orders/fulfilled} → {@code ORDERS_FULFILLED}. */
    static String topic(String webhookTopic) {
        return webhookTopic.replace('/', '_').toUpperCase(Locale.ROOT);
    }

    /** Whether Shopify takes it as a subscription's address: an absolute http(s) URL with a host. */
    static boolean validUri(String uri) {
        try {
            URI parsed = new URI(uri);
            return ("http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme())) && parsed.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The shop's subscriptions ({@code id, topic, uri}), oldest first. */
    List<JsonObject> all(String shop) {
        return store.all(ShopifySandbox.VENDOR, shop, SUBSCRIPTIONS).stream().map(r -> r.body()).toList();
    }

    /** Where the shop sends a webhook of this topic ({@code orders/fulfilled}): the addresses subscribed to it, oldest first. */
    List<String> uris(String shop, String webhookTopic) {
        return all(shop).stream().filter(s -> s.getString("topic").equals(topic(webhookTopic))).map(s -> s.getString("uri")).toList();
    }

    /** The {@code webhookSubscriptionCreate} payload: the new subscription, or userErrors and none. */
    JsonObject create(String shop, String topic, String uri) {
        JsonArrayBuilder errors = ApiJson.JSON.createArrayBuilder();
        if (!TOPICS.contains(topic)) {
            errors.add(ShopifyAdminGraphQl.userError("Topic " + topic + " is not one the sandbox sends: " + String.join(", ", new TreeSet<>(TOPICS)), "topic"));
        }
        if (!validUri(uri)) {
            errors.add(ShopifyAdminGraphQl.userError("Address is invalid", "webhookSubscription", "uri"));
        } else if (all(shop).stream().anyMatch(s -> s.getString("topic").equals(topic) && s.getString("uri").equals(uri))) {
            errors.add(ShopifyAdminGraphQl.userError("Address for this topic has already been taken", "webhookSubscription", "uri"));
        }
        JsonArray userErrors = errors.build();
        if (!userErrors.isEmpty()) {
            return ApiJson.JSON.createObjectBuilder().add("webhookSubscription", JsonValue.NULL).add("userErrors", userErrors).build();
        }
        String key = String.valueOf(store.nextId());
        JsonObject subscription = ApiJson.JSON.createObjectBuilder().add("id", GID + key).add("topic", topic).add("uri", uri).build();
        store.put(ShopifySandbox.VENDOR, shop, SUBSCRIPTIONS, key, subscription);
        return ApiJson.JSON.createObjectBuilder().add("webhookSubscription", subscription).add("userErrors", JsonValue.EMPTY_JSON_ARRAY).build();
    }

    /** The {@code webhookSubscriptionDelete} payload: the id deleted, or null and a userError. */
    JsonObject delete(String shop, String id) {
        if (!id.startsWith(GID) || !store.remove(ShopifySandbox.VENDOR, shop, SUBSCRIPTIONS, id.substring(GID.length()))) {
            return ApiJson.JSON.createObjectBuilder().add("deletedWebhookSubscriptionId", JsonValue.NULL)
                    .add("userErrors", ApiJson.JSON.createArrayBuilder().add(ShopifyAdminGraphQl.userError("Webhook subscription does not exist", "id")))
                    .build();
        }
        return ApiJson.JSON.createObjectBuilder().add("deletedWebhookSubscriptionId", id).add("userErrors", JsonValue.EMPTY_JSON_ARRAY).build();
    }
}

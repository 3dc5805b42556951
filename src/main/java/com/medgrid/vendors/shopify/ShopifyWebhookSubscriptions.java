package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order webhooks MedGrid's app subscribes in a vendor's store ({@code webhookSubscriptionCreate}
 * with a {@code uri}). A new connection replaces the app's earlier subscriptions to MedGrid's
 * endpoint: their token no longer works, and Shopify would keep sending every event to them too.
 */
@ApplicationScoped
public class ShopifyWebhookSubscriptions {

    @Inject
    ShopifyCalls calls;

    /** Subscribes {@code uri} to every order topic MedGrid takes, after removing subscriptions to the same endpoint. */
    void replace(ShopifyShop shop, String uri) {
        String endpoint = withoutQuery(uri);
        JsonArray existing = calls.query(shop, ShopifyOperation.WEBHOOK_SUBSCRIPTIONS, JsonValue.EMPTY_JSON_OBJECT)
                .getJsonObject("webhookSubscriptions").getJsonArray("nodes");
        for (JsonObject subscription : existing.getValuesAs(JsonObject.class)) {
            if (endpoint.equals(withoutQuery(subscription.getString("uri", "")))) {
                checked(calls.mutate(shop, ShopifyOperation.WEBHOOK_SUBSCRIPTION_DELETE,
                        ApiJson.JSON.createObjectBuilder().add("id", subscription.getString("id")).build()), "webhookSubscriptionDelete");
            }
        }
        for (String topic : ShopifyWebhookIntake.TOPICS.stream().sorted().toList()) {
            checked(calls.mutate(shop, ShopifyOperation.WEBHOOK_SUBSCRIPTION_CREATE,
                    ApiJson.JSON.createObjectBuilder().add("topic", graphqlTopic(topic)).add("uri", uri).build()), "webhookSubscriptionCreate");
        }
    }

    /** {@code orders/fulfilled} → {@code ORDERS_FULFILLED}, as the GraphQL enum spells the webhook topic. */
    static String graphqlTopic(String topic) {
        return topic.replace('/', '_').toUpperCase(Locale.ROOT);
    }

    private static void checked(JsonObject data, String mutation) {
        JsonArray userErrors = data.getJsonObject(mutation).getJsonArray("userErrors");
        if (userErrors != null && !userErrors.isEmpty()) {
            throw VendorException.rejected("Shopify refused " + mutation + ": " + userErrors.getValuesAs(JsonObject.class).stream()
                    .map(error -> error.getString("message", error.toString())).collect(Collectors.joining("; ")));
        }
    }

    private static String withoutQuery(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}

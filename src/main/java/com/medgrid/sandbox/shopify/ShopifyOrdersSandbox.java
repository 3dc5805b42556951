package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A shop's orders, kept in the database: {@code orderCreate} with Shopify's userErrors, lookups by
 * id and by search query, and the moves a merchant makes (fulfil with tracking, cancel, edit). Each
 * move is a pure function of the order and a time, so a webhook can also show an order as it was
 * at an earlier moment (a stale event) without changing it. A demo shop's new orders are due
 * after {@code medgrid.sandbox.ship-after}, when the simulator fulfils them.
 */
@ApplicationScoped
public class ShopifyOrdersSandbox {

    static final String ORDERS = "order";
    static final String ORDER_GID = "gid://shopify/Order/";
    static final String UNFULFILLED = "UNFULFILLED";
    static final String FULFILLED = "FULFILLED";
    private static final String COUNTER = "order_number";
    private static final List<String> ADDRESS_REQUIRED = List.of("address1", "city", "countryCode");
    private static final List<String> ADDRESS_FIELDS = List.of("firstName", "lastName", "address1", "address2", "city",
            "provinceCode", "zip", "countryCode", "phone");

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.ship-after", defaultValue = "PT5S")
    Duration shipAfter;
    @Inject
    SandboxStore store;
    @Inject
    ShopifyCatalogSandbox catalog;

    /** The {@code orderCreate} payload: the new order, or userErrors and no order. */
    JsonObject create(String shop, JsonObject input) {
        ShopifyCatalogSandbox.Catalog variants = catalog.of(shop);
        JsonArrayBuilder errors = ApiJson.JSON.createArrayBuilder();
        JsonArrayBuilder lines = ApiJson.JSON.createArrayBuilder();
        JsonArray lineItems = input.get("lineItems") instanceof JsonArray given ? given : JsonValue.EMPTY_JSON_ARRAY;
        if (lineItems.isEmpty()) {
            errors.add(ShopifyAdminGraphQl.userError("Line items can't be blank", "order", "lineItems"));
        }
        for (int i = 0; i < lineItems.size(); i++) {
            JsonObject line = lineItems.get(i) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            String variantId = line.getString("variantId", "");
            Optional<ShopifyCatalogSandbox.Variant> variant = variants.byVariantId(variantId);
            if (variant.isEmpty()) {
                errors.add(ShopifyAdminGraphQl.userError("Product variant " + variantId + " does not exist", "order", "lineItems", String.valueOf(i), "variantId"));
            }
            if (!(line.get("quantity") instanceof JsonNumber quantity) || !quantity.isIntegral() || quantity.intValue() < 1) {
                errors.add(ShopifyAdminGraphQl.userError("Quantity must be greater than or equal to 1", "order", "lineItems", String.valueOf(i), "quantity"));
            } else if (variant.isPresent()) {
                JsonObjectBuilder kept = ApiJson.JSON.createObjectBuilder().add("variantId", variantId).add("sku", variant.get().sku())
                        .add("title", variant.get().productTitle() + " - " + variant.get().title()).add("quantity", quantity.intValue());
                if (line.containsKey("priceSet")) {
                    kept.add("priceSet", line.get("priceSet"));
                }
                lines.add(kept);
            }
        }
        JsonObject address = input.get("shippingAddress") instanceof JsonObject given ? given : null;
        if (address == null) {
            errors.add(ShopifyAdminGraphQl.userError("Shipping address can't be blank", "order", "shippingAddress"));
        } else {
            ADDRESS_REQUIRED.stream().filter(field -> address.getString(field, "").isBlank())
                    .forEach(field -> errors.add(ShopifyAdminGraphQl.userError(capitalized(field) + " can't be blank", "order", "shippingAddress", field)));
        }
        JsonArray userErrors = errors.build();
        if (!userErrors.isEmpty()) {
            return ApiJson.JSON.createObjectBuilder().add("order", JsonValue.NULL).add("userErrors", userErrors).build();
        }
        JsonObject order = newOrder(shop, input, lines.build(), address);
        Instant due = ShopifyDemoShop.of(shop).isPresent() ? Instant.now().plus(shipAfter) : null;
        store.put(ShopifySandbox.VENDOR, shop, ORDERS, key(order.getString("id")), order, due);
        return ApiJson.JSON.createObjectBuilder()
                .add("order", ApiJson.JSON.createObjectBuilder().add("id", order.getString("id")).add("name", order.getString("name")))
                .add("userErrors", JsonValue.EMPTY_JSON_ARRAY).build();
    }

    Optional<JsonObject> get(String shop, String gid) {
        return key(gid).isEmpty() ? Optional.empty() : store.get(ShopifySandbox.VENDOR, shop, ORDERS, key(gid));
    }

    /** The shop's orders matching {@code filter}, oldest first. */
    List<JsonObject> find(String shop, Predicate<JsonObject> filter) {
        return store.all(ShopifySandbox.VENDOR, shop, ORDERS).stream().map(r -> r.body()).filter(filter).toList();
    }

    JsonArray all(String shop) {
        return store.bodies(ShopifySandbox.VENDOR, shop, ORDERS);
    }

    /** Stores the order moved on by {@code move} (under a row lock) and returns it. */
    JsonObject move(String shop, String gid, java.util.function.UnaryOperator<JsonObject> move) {
        JsonObject current = get(shop, gid).orElseThrow();
        return store.update(ShopifySandbox.VENDOR, shop, ORDERS, key(gid), current, null, move);
    }

    /** The order fulfilled at {@code at} with this tracking; an order cancelled or fulfilled already stays as it is. */
    static JsonObject fulfilled(JsonObject order, String trackingNumber, Instant at) {
        if (!order.isNull("cancelledAt") || FULFILLED.equals(order.getString("displayFulfillmentStatus"))) {
            return order;
        }
        JsonObject tracking = ApiJson.JSON.createObjectBuilder().add("number", trackingNumber).add("company", "UPS")
                .add("url", "https://www.ups.com/track?tracknum=" + trackingNumber).build();
        return ApiJson.JSON.createObjectBuilder(order).add("displayFulfillmentStatus", FULFILLED).add("updatedAt", at.toString())
                .add("fulfillments", ApiJson.JSON.createArrayBuilder(order.getJsonArray("fulfillments"))
                        .add(ApiJson.JSON.createObjectBuilder().add("createdAt", at.toString())
                                .add("trackingInfo", ApiJson.JSON.createArrayBuilder().add(tracking)))).build();
    }

    /** The order cancelled at {@code at}; one cancelled already stays as it is. */
    static JsonObject cancelled(JsonObject order, Instant at) {
        if (!order.isNull("cancelledAt")) {
            return order;
        }
        return ApiJson.JSON.createObjectBuilder(order).add("cancelledAt", at.toString()).add("updatedAt", at.toString()).build();
    }

    /** The order edited at {@code at} (what {@code orders/updated} reports). */
    static JsonObject touched(JsonObject order, Instant at) {
        return ApiJson.JSON.createObjectBuilder(order).add("updatedAt", at.toString()).build();
    }

    /** The order as the Admin GraphQL API's {@code MedgridOrder} shows it. */
    static JsonObject graphQl(JsonObject order) {
        JsonArrayBuilder fulfillments = ApiJson.JSON.createArrayBuilder();
        order.getJsonArray("fulfillments").forEach(f -> fulfillments.add(ApiJson.JSON.createObjectBuilder()
                .add("trackingInfo", f.asJsonObject().getJsonArray("trackingInfo"))));
        return ApiJson.JSON.createObjectBuilder().add("id", order.getString("id")).add("name", order.getString("name"))
                .add("displayFulfillmentStatus", order.getString("displayFulfillmentStatus")).add("cancelledAt", order.get("cancelledAt"))
                .add("updatedAt", order.getString("updatedAt")).add("fulfillments", fulfillments).build();
    }

    /** The order in Shopify's REST shape, as webhooks carry it. */
    static JsonObject rest(JsonObject order) {
        JsonArrayBuilder fulfillments = ApiJson.JSON.createArrayBuilder();
        for (JsonValue value : order.getJsonArray("fulfillments")) {
            JsonObject tracking = value.asJsonObject().getJsonArray("trackingInfo").getJsonObject(0);
            fulfillments.add(ApiJson.JSON.createObjectBuilder().add("status", "success")
                    .add("created_at", value.asJsonObject().getString("createdAt"))
                    .add("tracking_company", tracking.getString("company")).add("tracking_number", tracking.getString("number"))
                    .add("tracking_numbers", ApiJson.JSON.createArrayBuilder().add(tracking.getString("number")))
                    .add("tracking_url", tracking.getString("url")).add("tracking_urls", ApiJson.JSON.createArrayBuilder().add(tracking.getString("url"))));
        }
        JsonArrayBuilder lineItems = ApiJson.JSON.createArrayBuilder();
        order.getJsonArray("lineItems").forEach(l -> lineItems.add(ApiJson.JSON.createObjectBuilder()
                .add("variant_id", legacyId(l.asJsonObject().getString("variantId")))
                .add("sku", l.asJsonObject().getString("sku")).add("title", l.asJsonObject().getString("title"))
                .add("quantity", l.asJsonObject().getInt("quantity"))));
        String status = FULFILLED.equals(order.getString("displayFulfillmentStatus")) ? "fulfilled" : null;
        return ApiJson.JSON.createObjectBuilder().add("id", legacyId(order.getString("id")))
                .add("admin_graphql_api_id", order.getString("id")).add("name", order.getString("name"))
                .add("email", order.get("email")).add("created_at", order.getString("createdAt"))
                .add("updated_at", order.getString("updatedAt")).add("cancelled_at", order.get("cancelledAt"))
                .add("fulfillment_status", status == null ? JsonValue.NULL : ApiJson.JSON.createValue(status))
                .add("tags", order.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .collect(Collectors.joining(", ")))
                .add("source_identifier", order.get("sourceIdentifier")).add("note", order.get("note"))
                .add("line_items", lineItems).add("fulfillments", fulfillments).build();
    }

    /** The number at the end of a GID: the id Shopify's REST shape uses. */
    private static long legacyId(String gid) {
        return Long.parseLong(gid.substring(gid.lastIndexOf('/') + 1));
    }

    /** The numeric part of an order GID, the order's key in the store ("" when it is no order GID). */
    static String key(String gid) {
        return gid != null && gid.startsWith(ORDER_GID) && gid.substring(ORDER_GID.length()).matches("[0-9]{1,18}")
                ? gid.substring(ORDER_GID.length()) : "";
    }

    private JsonObject newOrder(String shop, JsonObject input, JsonArray lines, JsonObject address) {
        int number = store.update(ShopifySandbox.VENDOR, shop, COUNTER, shop, ApiJson.JSON.createObjectBuilder().add("last", 1000).build(),
                null, counter -> ApiJson.JSON.createObjectBuilder().add("last", counter.getInt("last") + 1).build()).getInt("last");
        String now = Instant.now().toString();
        JsonObjectBuilder shipping = ApiJson.JSON.createObjectBuilder();
        ADDRESS_FIELDS.stream().filter(address::containsKey).forEach(field -> shipping.add(field, address.get(field)));
        JsonArrayBuilder tags = ApiJson.JSON.createArrayBuilder();
        if (input.get("tags") instanceof JsonArray given) {
            given.getValuesAs(JsonString.class).forEach(tag -> tags.add(tag.getString().trim()));
        } else if (input.get("tags") instanceof JsonString given) { // Shopify also takes one comma-separated string
            List.of(given.getString().split(",")).stream().map(String::trim).filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        return ApiJson.JSON.createObjectBuilder().add("id", ORDER_GID + store.nextId()).add("name", "#" + number)
                .add("email", input.getOrDefault("email", JsonValue.NULL)).add("tags", tags)
                .add("sourceIdentifier", input.getOrDefault("sourceIdentifier", JsonValue.NULL)).add("note", input.getOrDefault("note", JsonValue.NULL))
                .add("lineItems", lines).add("shippingAddress", shipping).add("createdAt", now).add("updatedAt", now)
                .add("cancelledAt", JsonValue.NULL).add("displayFulfillmentStatus", UNFULFILLED)
                .add("fulfillments", JsonValue.EMPTY_JSON_ARRAY).build();
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}

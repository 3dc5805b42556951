package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Admin GraphQL operations MedGrid's connector sends, by {@code operationName} (a simulator,
 * not a GraphQL engine: the query text is not read). Each answer carries Shopify's cost extension
 * from the shop's real leaky bucket: an operation's requested cost must be available before it
 * runs (else THROTTLED, in a 200, and nothing happens), and what it did not use goes back after.
 * Costs as Shopify counts them: a mutation 10, a connection {@code first: N} 2 + N (actual: 2 +
 * nodes returned), {@code nodes(ids)} 1 + ids, one object 1.
 */
@ApplicationScoped
public class ShopifyAdminGraphQl {

    static final List<String> OPERATIONS = List.of("MedgridShop", "MedgridVariants", "MedgridInventoryLevels", "MedgridOrderCreate",
            "MedgridOrdersByQuery", "MedgridOrder", "MedgridWebhookSubscriptions", "MedgridWebhookSubscriptionCreate",
            "MedgridWebhookSubscriptionDelete");
    private static final int MAX_PAGE = 250;
    private static final int MAX_IDS = 100;
    private static final int MUTATION_COST = 10;
    /** The connector's {@code MedgridWebhookSubscriptions} asks for {@code first: 50} in its document, not in a variable. */
    private static final int SUBSCRIPTIONS_PAGE = 50;
    private static final String RATE_LIMITS = "https://shopify.dev/api/usage/rate-limits";

    @Inject
    ShopifyCostBuckets buckets;
    @Inject
    ShopifyCatalogSandbox catalog;
    @Inject
    ShopifyOrdersSandbox orders;
    @Inject
    ShopifyWebhookSubscriptions subscriptions;

    /** What an operation returns ({@code data}) and the cost it actually had. */
    private record Result(JsonObject data, int actualCost) {
    }

    /** An operation with valid variables, ready to run once its requested cost is taken. */
    private record Planned(int requestedCost, Supplier<Result> run) {
    }

    /** The answer to one request (always HTTP 200, as Shopify answers GraphQL errors and throttling). */
    JsonObject answer(String shop, String operationName, JsonObject variables) {
        ShopifyCostBucket bucket = buckets.of(shop);
        Planned planned;
        try {
            planned = plan(shop, operationName, variables);
        } catch (IllegalArgumentException e) {
            return errors(error(e.getMessage(), null), cost(0, 0, bucket.status()));
        }
        int requested = planned.requestedCost();
        ShopifyCostBucket.Status status = bucket.status();
        if (requested > status.maximumAvailable()) {
            // never available however long the client waits: Shopify refuses it instead of throttling forever
            return errors(error("Query cost is " + requested + ", which exceeds the single query max cost limit ("
                    + number(status.maximumAvailable()) + ").", ApiJson.JSON.createObjectBuilder().add("code", "MAX_COST_EXCEEDED")
                    .add("cost", requested).add("maxCost", number(status.maximumAvailable())).add("documentation", RATE_LIMITS)),
                    cost(requested, null, status));
        }
        ShopifyCostBucket.Charge charge = bucket.take(requested);
        if (!charge.granted()) {
            buckets.countThrottled(shop);
            return errors(error("Throttled", ApiJson.JSON.createObjectBuilder().add("code", "THROTTLED").add("documentation", RATE_LIMITS)),
                    cost(requested, null, charge.status()));
        }
        Result result = planned.run().get();
        return ApiJson.JSON.createObjectBuilder().add("data", result.data())
                .add("extensions", cost(requested, result.actualCost(), bucket.settle(requested, result.actualCost()))).build();
    }

    private Planned plan(String shop, String operationName, JsonObject variables) {
        if (operationName == null || operationName.isBlank()) {
            throw new IllegalArgumentException("operationName is required: this simulator answers " + String.join(", ", OPERATIONS) + ".");
        }
        switch (operationName) {
            case "MedgridShop":
                return new Planned(1, () -> new Result(object("shop", ApiJson.JSON.createObjectBuilder().add("name", shopName(shop))
                        .add("myshopifyDomain", shop).build()), 1));
            case "MedgridVariants":
                return variants(shop, first(variables), after(variables));
            case "MedgridInventoryLevels":
                return inventoryLevels(shop, ids(variables), variables.getString("locationId", ""));
            case "MedgridOrderCreate":
                if (!(variables.get("order") instanceof JsonObject order)) {
                    throw new IllegalArgumentException("Variable $order of type OrderCreateOrderInput! was provided invalid value");
                }
                return mutation("orderCreate", () -> orders.create(shop, order));
            case "MedgridOrdersByQuery":
                return ordersByQuery(shop, first(variables), ShopifyOrderQuery.parse(variables.getString("query", "")));
            case "MedgridOrder":
                String id = variables.getString("id", "");
                return new Planned(1, () -> new Result(object("order", orders.get(shop, id).<JsonValue>map(ShopifyOrdersSandbox::graphQl)
                        .orElse(JsonValue.NULL)), 1));
            case "MedgridWebhookSubscriptions":
                return webhookSubscriptions(shop);
            case "MedgridWebhookSubscriptionCreate":
                String topic = string(variables, "topic", "WebhookSubscriptionTopic!");
                String uri = string(variables, "uri", "String!");
                return mutation("webhookSubscriptionCreate", () -> subscriptions.create(shop, topic, uri));
            case "MedgridWebhookSubscriptionDelete":
                String subscription = string(variables, "id", "ID!");
                return mutation("webhookSubscriptionDelete", () -> subscriptions.delete(shop, subscription));
            default:
                throw new IllegalArgumentException("Unknown operationName " + operationName + ": this simulator answers "
                        + String.join(", ", OPERATIONS) + ".");
        }
    }

    /** A mutation: its payload under {@code field}, at a mutation's cost. */
    private static Planned mutation(String field, Supplier<JsonObject> payload) {
        return new Planned(MUTATION_COST, () -> new Result(object(field, payload.get()), MUTATION_COST));
    }

    private Planned webhookSubscriptions(String shop) {
        return new Planned(2 + SUBSCRIPTIONS_PAGE, () -> {
            List<JsonObject> page = subscriptions.all(shop).stream().limit(SUBSCRIPTIONS_PAGE).toList();
            return new Result(object("webhookSubscriptions", ApiJson.JSON.createObjectBuilder()
                    .add("nodes", ApiJson.JSON.createArrayBuilder(page)).build()), 2 + page.size());
        });
    }

    private Planned variants(String shop, int first, int offset) {
        return new Planned(2 + first, () -> {
            ShopifyCatalogSandbox.Catalog shopCatalog = catalog.of(shop);
            List<ShopifyCatalogSandbox.Variant> page = shopCatalog.page(offset, first);
            JsonArrayBuilder nodes = ApiJson.JSON.createArrayBuilder();
            page.forEach(v -> nodes.add(ApiJson.JSON.createObjectBuilder().add("id", v.id()).add("sku", v.sku()).add("title", v.title())
                    .add("product", ApiJson.JSON.createObjectBuilder().add("id", v.productId()).add("title", v.productTitle()))
                    .add("inventoryItem", ApiJson.JSON.createObjectBuilder().add("id", v.inventoryItemId()))));
            JsonValue endCursor = page.isEmpty() ? JsonValue.NULL : ApiJson.JSON.createValue(cursor(page.get(page.size() - 1).position()));
            JsonObject pageInfo = ApiJson.JSON.createObjectBuilder().add("hasNextPage", offset + page.size() < shopCatalog.size())
                    .add("endCursor", endCursor).build();
            return new Result(object("productVariants", ApiJson.JSON.createObjectBuilder().add("nodes", nodes).add("pageInfo", pageInfo).build()),
                    2 + page.size());
        });
    }

    private Planned inventoryLevels(String shop, List<String> ids, String locationId) {
        return new Planned(1 + ids.size(), () -> {
            ShopifyCatalogSandbox.Catalog shopCatalog = catalog.of(shop);
            JsonArrayBuilder nodes = ApiJson.JSON.createArrayBuilder();
            for (String id : ids) {
                Optional<ShopifyCatalogSandbox.Variant> variant = shopCatalog.byInventoryItemId(id);
                if (variant.isEmpty()) {
                    nodes.addNull();
                    continue;
                }
                Integer available = ShopifyCatalogSandbox.LOCATION_ID.equals(locationId) ? variant.get().available() : null;
                nodes.add(ApiJson.JSON.createObjectBuilder().add("id", id).add("inventoryLevel", available == null ? JsonValue.NULL
                        : ApiJson.JSON.createObjectBuilder().add("quantities", ApiJson.JSON.createArrayBuilder()
                        .add(ApiJson.JSON.createObjectBuilder().add("name", "available").add("quantity", available))).build()));
            }
            return new Result(object("nodes", nodes.build()), 1 + ids.size());
        });
    }

    private Planned ordersByQuery(String shop, int first, Predicate<JsonObject> filter) {
        return new Planned(2 + first, () -> {
            List<JsonObject> found = orders.find(shop, filter).stream().limit(first).toList();
            JsonArrayBuilder nodes = ApiJson.JSON.createArrayBuilder();
            found.forEach(o -> nodes.add(ApiJson.JSON.createObjectBuilder().add("id", o.getString("id")).add("name", o.getString("name"))));
            return new Result(object("orders", ApiJson.JSON.createObjectBuilder().add("nodes", nodes).build()), 2 + found.size());
        });
    }

    private static int first(JsonObject variables) {
        if (!variables.containsKey("first") || variables.isNull("first")) {
            return 10;
        }
        if (!(variables.get("first") instanceof JsonNumber first) || !first.isIntegral() || first.intValue() < 1 || first.intValue() > MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE + ".");
        }
        return first.intValue();
    }

    /** The position after the one a cursor names: where the next page starts. */
    private static int after(JsonObject variables) {
        if (!(variables.get("after") instanceof JsonString after)) {
            return 0;
        }
        try {
            JsonObject cursor = ApiJson.JSON.createReader(new java.io.StringReader(
                    new String(Base64.getUrlDecoder().decode(after.getString()), StandardCharsets.UTF_8))).readObject();
            return cursor.getInt("last_position") + 1;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid cursor for current pagination: " + after.getString(), e);
        }
    }

    private static String cursor(int position) {
        String json = ApiJson.JSON.createObjectBuilder().add("last_position", position).build().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String string(JsonObject variables, String name, String type) {
        if (!(variables.get(name) instanceof JsonString value)) {
            throw new IllegalArgumentException("Variable $" + name + " of type " + type + " was provided invalid value");
        }
        return value.getString();
    }

    private static List<String> ids(JsonObject variables) {
        if (!(variables.get("ids") instanceof JsonArray ids) || ids.stream().anyMatch(id -> !(id instanceof JsonString))) {
            throw new IllegalArgumentException("Variable $ids of type [ID!]! was provided invalid value");
        }
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("The ids argument takes at most " + MAX_IDS + " ids.");
        }
        return ids.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String shopName(String shop) {
        return ShopifyDemoShop.of(shop).map(ShopifyDemoShop::shopName).orElseGet(() -> shop.replace(".myshopify.com", ""));
    }

    /** A userError as mutation payloads carry them: the input field's path and a message. */
    static JsonObject userError(String message, String... field) {
        JsonArrayBuilder path = ApiJson.JSON.createArrayBuilder();
        for (String part : field) {
            path.add(part);
        }
        return ApiJson.JSON.createObjectBuilder().add("field", path).add("message", message).build();
    }

    private static JsonObject object(String name, JsonValue value) {
        return ApiJson.JSON.createObjectBuilder().add(name, value).build();
    }

    private static JsonObject error(String message, JsonObjectBuilder extensions) {
        JsonObjectBuilder error = ApiJson.JSON.createObjectBuilder().add("message", message);
        if (extensions != null) {
            error.add("extensions", extensions);
        }
        return error.build();
    }

    private static JsonObject errors(JsonObject error, JsonObject extensions) {
        return ApiJson.JSON.createObjectBuilder().add("errors", ApiJson.JSON.createArrayBuilder().add(error)).add("extensions", extensions).build();
    }

    private static JsonObject cost(int requested, Integer actual, ShopifyCostBucket.Status status) {
        return ApiJson.JSON.createObjectBuilder().add("cost", ApiJson.JSON.createObjectBuilder().add("requestedQueryCost", requested)
                .add("actualQueryCost", actual == null ? JsonValue.NULL : ApiJson.JSON.createValue(actual))
                .add("throttleStatus", ApiJson.JSON.createObjectBuilder().add("maximumAvailable", number(status.maximumAvailable()))
                        .add("currentlyAvailable", (long) Math.floor(status.currentlyAvailable()))
                        .add("restoreRate", number(status.restoreRate())))).build();
    }

    /** Whole numbers as integers, so any client's number type reads them. */
    private static BigDecimal number(double value) {
        BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.PlacedOrder;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.VendorConnections;
import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Places a dispatch's lines as one Shopify order in a store ({@code orderCreate}) and asks the store
 * about it later. Shopify takes no dedupe key for orders, so the order carries the dispatch's tag
 * and source identifier, and placing looks for an order with that tag first: after a timeout the
 * relay sends the dispatch again, and finds the order the lost answer was about instead of creating
 * a second one.
 */
@ApplicationScoped
public class ShopifyOrderPlacement {

    @Inject
    ShopifyCalls calls;
    @Inject
    ShopifyOrderInput input;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    VendorOrders vendorOrders;

    /** What to place where: the store's connection and shop, how its items map, and its order tag. */
    record Store(Connection connection, ShopifyShop shop, ShopifyItemFields items, String orderTag) {
    }

    /**
     * Creates (or finds) the store's order of the lines and records it as the dispatch's {@code step};
     * a connection the shop refuses turns to error, so its owner sees it.
     */
    void place(Store store, String step, String dispatch, String salesOrder, List<DispatchRequest.Line> lines) {
        vendorConnections.dispatching(store.connection(), () -> {
            List<ShopifyOrderInput.Line> mapped = input.lines(salesOrder, lines, store.items());
            JsonObject order = existing(store.shop(), dispatch)
                    .orElseGet(() -> create(store.shop(), input.of(dispatch, salesOrder, mapped, store.orderTag())));
            vendorOrders.record(dispatch, new PlacedOrder(step, store.connection().name(), order.getString("id"), dispatch,
                    ShopifyOrderNews.UNFULFILLED, Map.of(ShopifyOrderNews.ORDER_NAME, order.getString("name", ""))));
        });
    }

    /** The order's news, from the store that has it. */
    List<VendorUpdate> poll(ShopifyShop shop, VendorOrderRef order) {
        JsonObject data = calls.query(shop, ShopifyOperation.ORDER, ApiJson.JSON.createObjectBuilder().add("id", order.vendorOrderId()).build());
        if (!(data.get("order") instanceof JsonObject found)) {
            throw VendorException.rejected("Shopify has no order " + order.vendorOrderId() + " in " + shop.domain() + ".");
        }
        return List.of(ShopifyOrderNews.ofGraphql(found));
    }

    private Optional<JsonObject> existing(ShopifyShop shop, String dispatch) {
        JsonObject data = calls.query(shop, ShopifyOperation.ORDERS_BY_QUERY,
                ApiJson.JSON.createObjectBuilder().add("query", "tag:'" + ShopifyOrderInput.dispatchTag(dispatch) + "'").build());
        JsonArray nodes = data.getJsonObject("orders").getJsonArray("nodes");
        return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.getJsonObject(0));
    }

    /** {@code orderCreate}; its {@code userErrors} (Shopify's refusals, in a 200) become a refusal with their messages. */
    private JsonObject create(ShopifyShop shop, JsonObject order) {
        JsonObject result = calls.mutate(shop, ShopifyOperation.ORDER_CREATE, ApiJson.JSON.createObjectBuilder().add("order", order).build())
                .getJsonObject("orderCreate");
        JsonArray userErrors = result.getJsonArray("userErrors");
        if (userErrors != null && !userErrors.isEmpty()) {
            throw VendorException.rejected("Shopify refused the order: " + userErrors.stream().map(JsonValue::asJsonObject)
                    .map(error -> error.getString("message", error.toString())).collect(Collectors.joining("; ")));
        }
        if (!(result.get("order") instanceof JsonObject created)) {
            throw VendorException.unavailable("Shopify answered orderCreate without an order or userErrors.", null);
        }
        return created;
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.PlacedOrder;
import com.medgrid.fulfillment.VendorConnector;
import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
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
 * Places a dispatch as one Shopify order in the Exoceuticals store ({@code orderCreate}), through
 * the platform's managed connection. Shopify takes no dedupe key for orders, so the order carries
 * the dispatch's tag and source identifier, and placing looks for an order with that tag first:
 * after a timeout the relay sends the dispatch again, and finds the order the lost answer was
 * about instead of creating a second one. Status comes back by webhooks and polling.
 */
@ApplicationScoped
public class ExoceuticalsConnector implements VendorConnector {

    /** A dispatch becomes one Shopify order. */
    static final String STEP = "order";

    @Inject
    ShopifyCalls calls;
    @Inject
    ExoceuticalsOrderInput input;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorOrders vendorOrders;

    @Override
    public VendorDescription description() {
        return Exoceuticals.DESCRIPTION;
    }

    @Override
    public void dispatch(DispatchRequest request) {
        if (vendorOrders.placed(request.dispatch(), STEP).isPresent()) {
            return;
        }
        place(request.dispatch(), request.salesOrder(), request.lines());
    }

    /** Creates (or finds) the Shopify order of a dispatch's lines and records it. */
    private void place(String dispatch, String salesOrder, List<DispatchRequest.Line> lines) {
        Connection connection = connection();
        try {
            ShopifyShop shop = ShopifyShop.exoceuticals(connection.credentials());
            List<ExoceuticalsOrderInput.Line> mapped = input.lines(salesOrder, lines);
            JsonObject order = existing(shop, dispatch)
                    .orElseGet(() -> create(shop, input.of(dispatch, salesOrder, mapped, connection.credentials())));
            vendorOrders.record(dispatch, new PlacedOrder(STEP, connection.name(), order.getString("id"), dispatch,
                    ShopifyOrderNews.UNFULFILLED, Map.of(Exoceuticals.ORDER_NAME, order.getString("name", ""))));
            connections.recordSync(connection.name(), 1, 0, null);
        } catch (VendorException e) {
            if (e.notConfigured()) {
                connections.recordTest(connection.name(), e.getMessage()); // the connection turns to error for the admins
            }
            throw e;
        }
    }

    private Optional<JsonObject> existing(ShopifyShop shop, String dispatch) {
        JsonObject data = calls.query(shop, ShopifyOperation.ORDERS_BY_QUERY,
                ApiJson.JSON.createObjectBuilder().add("query", "tag:'" + ExoceuticalsOrderInput.dispatchTag(dispatch) + "'").build());
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

    /** The order through the connection that placed it. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        Connection connection = connections.activeByName(order.connection())
                .orElseThrow(() -> VendorException.notConfigured("The Exoceuticals connection that placed " + order.vendorOrderId()
                        + " is no longer connected."));
        JsonObject data = calls.query(ShopifyShop.exoceuticals(connection.credentials()), ShopifyOperation.ORDER,
                ApiJson.JSON.createObjectBuilder().add("id", order.vendorOrderId()).build());
        if (!(data.get("order") instanceof JsonObject found)) {
            throw VendorException.rejected("Shopify has no order " + order.vendorOrderId() + " in " + connection.credentials().get(Exoceuticals.SHOP_DOMAIN) + ".");
        }
        return List.of(ShopifyOrderNews.ofGraphql(found));
    }

    Connection connection() {
        return connections.active(Exoceuticals.KEY, null)
                .orElseThrow(() -> VendorException.notConfigured("Exoceuticals is not configured: an admin connects its Shopify store "
                        + "(exoceuticals_shop_domain and an Admin API token, or the OAuth install)."));
    }
}

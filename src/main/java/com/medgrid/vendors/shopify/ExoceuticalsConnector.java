package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.VendorConnector;
import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.integrations.VendorConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Places a dispatch as one Shopify order in the Exoceuticals store, through the platform's managed
 * connection, tagged with the store's order tag. Status comes back by webhooks and polling.
 */
@ApplicationScoped
public class ExoceuticalsConnector implements VendorConnector {

    /** A dispatch becomes one Shopify order. */
    static final String STEP = "order";

    @Inject
    ShopifyOrderPlacement placement;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorConnections vendorConnections;
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
        Connection connection = connection();
        ShopifyShop shop = ShopifyShop.exoceuticals(connection.credentials());
        String tag = connection.credentials().getOrDefault(Exoceuticals.ORDER_TAG, Exoceuticals.DEFAULT_ORDER_TAG);
        placement.place(new ShopifyOrderPlacement.Store(connection, shop, Exoceuticals.ITEMS, tag), STEP, request.dispatch(),
                request.salesOrder(), request.lines());
    }

    /** The order through the connection that placed it. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        Connection connection = vendorConnections.placedBy(order, "Exoceuticals");
        return placement.poll(ShopifyShop.exoceuticals(connection.credentials()), order);
    }

    Connection connection() {
        return connections.active(Exoceuticals.KEY, null)
                .orElseThrow(() -> VendorException.notConfigured("Exoceuticals is not configured: an admin connects its Shopify store "
                        + "(exoceuticals_shop_domain and an Admin API token, or the OAuth install)."));
    }
}

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends a dispatch's lines to the vendors' own Shopify stores: each vendor's lines become one order
 * in its store. A store that took its order already (a retry after another store failed) is not
 * asked again; a vendor without a connected store keeps its lines waiting, with the reason.
 */
@ApplicationScoped
public class ShopifyStoreConnector implements VendorConnector {

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
        return Shopify.DESCRIPTION;
    }

    @Override
    public void dispatch(DispatchRequest request) {
        Map<String, List<DispatchRequest.Line>> bySupplier = new LinkedHashMap<>();
        request.lines().forEach(line -> bySupplier.computeIfAbsent(Objects.requireNonNullElse(line.supplier(), ""), s -> new ArrayList<>()).add(line));
        for (Map.Entry<String, List<DispatchRequest.Line>> vendorLines : bySupplier.entrySet()) {
            Connection connection = storeOf(vendorLines.getKey());
            // the connection's name is the step: one order per store, whatever else the dispatch holds
            if (vendorOrders.placed(request.dispatch(), connection.name()).isPresent()) {
                continue;
            }
            ShopifyShop shop = ShopifyShop.vendorStore(connection.credentials());
            placement.place(new ShopifyOrderPlacement.Store(connection, shop, Shopify.ITEMS, Shopify.ORDER_TAG), connection.name(),
                    request.dispatch(), request.salesOrder(), vendorLines.getValue());
        }
    }

    /** The order through the store that placed it. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        Connection connection = vendorConnections.placedBy(order, "Shopify store");
        return placement.poll(ShopifyShop.vendorStore(connection.credentials()), order);
    }

    private Connection storeOf(String supplier) {
        if (supplier.isEmpty()) {
            throw VendorException.rejected("An item mapped to a Shopify store has no default_supplier: MedGrid cannot tell whose store it is.");
        }
        return connections.active(Shopify.KEY, supplier).orElseThrow(() -> VendorException.notConfigured(
                supplier + " has no connected Shopify store: the vendor connects it in the integrations hub (Shopify, Connect store)."));
    }
}

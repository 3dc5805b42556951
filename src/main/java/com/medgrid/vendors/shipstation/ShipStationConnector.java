package com.medgrid.vendors.shipstation;

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
import com.medgrid.integrations.VendorConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends a dispatch's lines to ShipStation: each line through its vendor's own ShipStation
 * connection when it has one, otherwise through the platform's managed connection.
 */
@ApplicationScoped
public class ShipStationConnector implements VendorConnector {

    static final String INTEGRATION = ShipStation.KEY;
    static final String AWAITING_SHIPMENT = "Awaiting Shipment";

    @Inject
    ShipStationCalls calls;
    @Inject
    ShipStationOrders orders;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    VendorOrders vendorOrders;

    @Override
    public VendorDescription description() {
        return ShipStation.DESCRIPTION;
    }

    /** {@code GET /shipments?orderId=} through the connection that placed the order. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        Connection connection = vendorConnections.placedBy(order, "ShipStation");
        JsonValue shipments = calls.shipments(connection.credentials(), order.vendorOrderId()).get("shipments");
        List<VendorUpdate> updates = new ArrayList<>();
        if (shipments != null && shipments.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue shipment : shipments.asJsonArray()) {
                if (shipment instanceof JsonObject object) {
                    ShipStationTracking.shipped(object).ifPresent(updates::add);
                }
            }
        }
        return updates;
    }

    /**
     * One ShipStation order per account: each line goes through its vendor's own connection when it
     * has one, otherwise through the platform's managed one. An account that took its order already
     * (a retry after another account failed) is not asked again.
     */
    @Override
    public void dispatch(DispatchRequest request) {
        Map<Connection, List<DispatchRequest.Line>> byConnection = new LinkedHashMap<>();
        for (DispatchRequest.Line line : request.lines()) {
            byConnection.computeIfAbsent(connectionFor(line.supplier()), c -> new ArrayList<>()).add(line);
        }
        for (Map.Entry<Connection, List<DispatchRequest.Line>> group : byConnection.entrySet()) {
            Connection connection = group.getKey();
            if (vendorOrders.placed(request.dispatch(), connection.name()).isPresent()) {
                continue;
            }
            vendorConnections.dispatching(connection, () -> {
                JsonObject created = calls.createOrder(connection.credentials(), orders.payload(request.salesOrder(), group.getValue()));
                vendorOrders.record(request.dispatch(), new PlacedOrder(connection.name(), connection.name(), orderId(created),
                        request.salesOrder(), AWAITING_SHIPMENT, Map.of()));
            });
        }
    }

    /** The vendor's own connection, else the platform's managed one. */
    Connection connectionFor(String supplier) {
        return (supplier == null ? java.util.Optional.<Connection>empty() : connections.active(INTEGRATION, supplier))
                .or(() -> connections.active(INTEGRATION, null))
                .orElseThrow(() -> VendorException.notConfigured("No ShipStation connection for "
                        + Objects.requireNonNullElse(supplier, "this item") + " and no managed ShipStation connection."));
    }

    private static String orderId(JsonObject created) {
        JsonValue id = created.get("orderId");
        if (id instanceof JsonNumber number) {
            return number.toString();
        }
        throw VendorException.unavailable("ShipStation's createorder answer has no orderId: " + created, null);
    }
}

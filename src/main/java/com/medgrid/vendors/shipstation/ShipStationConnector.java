package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.FulfillmentVendor;
import com.medgrid.fulfillment.VendorConnector;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorReceipt;
import com.medgrid.fulfillment.SentDispatch;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sends a dispatch's lines to ShipStation: each line through its vendor's own ShipStation
 * connection when it has one, otherwise through the platform's managed connection.
 */
@ApplicationScoped
public class ShipStationConnector implements VendorConnector {

    static final String INTEGRATION = "shipstation";
    static final String AWAITING_SHIPMENT = "Awaiting Shipment";

    @Inject
    ShipStationCalls calls;
    @Inject
    ShipStationOrders orders;
    @Inject
    ConnectionStore connections;

    @Override
    public FulfillmentVendor vendor() {
        return FulfillmentVendor.SHIPSTATION;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.POLL_STATUS, Capability.STATUS_WEBHOOKS);
    }

    /** {@code GET /shipments?orderId=} for each ShipStation order the dispatch became, through the connection that shipped it. */
    @Override
    public List<VendorUpdate> poll(SentDispatch dispatch) {
        Connection connection = connectionFor(dispatch.suppliers().stream().findFirst().orElse(null));
        List<VendorUpdate> updates = new ArrayList<>();
        for (String orderId : dispatch.vendorOrderIds()) {
            JsonValue shipments = calls.shipments(connection.credentials(), orderId).get("shipments");
            if (shipments != null && shipments.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue shipment : shipments.asJsonArray()) {
                    if (shipment instanceof JsonObject object) {
                        ShipStationTracking.shipped(object).ifPresent(updates::add);
                    }
                }
            }
        }
        return updates;
    }

    @Override
    public VendorReceipt dispatch(DispatchRequest request) {
        Map<Connection, List<DispatchRequest.Line>> byConnection = new LinkedHashMap<>();
        for (DispatchRequest.Line line : request.lines()) {
            byConnection.computeIfAbsent(connectionFor(line.supplier()), c -> new ArrayList<>()).add(line);
        }
        List<String> orderIds = new ArrayList<>();
        for (Map.Entry<Connection, List<DispatchRequest.Line>> group : byConnection.entrySet()) {
            Connection connection = group.getKey();
            try {
                JsonObject created = calls.createOrder(connection.credentials(), orders.payload(request.salesOrder(), group.getValue()));
                orderIds.add(orderId(created));
                connections.recordSync(connection.name(), 1, 0, null);
            } catch (VendorException e) {
                if (e.notConfigured()) {
                    connections.recordTest(connection.name(), e.getMessage());
                } else {
                    connections.recordSync(connection.name(), 0, 0, e.getMessage());
                }
                throw e;
            }
        }
        return new VendorReceipt(String.join(",", orderIds), AWAITING_SHIPMENT);
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

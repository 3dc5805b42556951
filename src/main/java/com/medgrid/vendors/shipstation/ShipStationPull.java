package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.FulfillmentService;
import com.medgrid.fulfillment.FulfillmentVendor;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/** Pulls tracking for orders ShipStation has but has not reported shipped: {@code GET /shipments?orderId=}. */
@ApplicationScoped
public class ShipStationPull {

    /** What a pull did: shipments applied and the errors met (one per order). */
    public record Outcome(int pulled, List<String> errors) {
    }

    @Inject
    FulfillmentService fulfillment;
    @Inject
    ShipStationConnector connector;
    @Inject
    ShipStationCalls calls;
    @Inject
    ShipStationTracking tracking;

    /**
     * @param supplier only orders with this vendor's lines, through its connection; null: every order, each
     *                 through the connection that shipped it
     */
    public Outcome pull(String supplier, int max) {
        int pulled = 0;
        List<String> errors = new ArrayList<>();
        for (FulfillmentService.AwaitingTracking open : fulfillment.awaitingTracking(FulfillmentVendor.SHIPSTATION, supplier, max)) {
            try {
                Connection connection = connector.connectionFor(supplier != null ? supplier
                        : open.suppliers().stream().findFirst().orElse(null));
                for (String orderId : open.vendorOrderId().split(",")) {
                    JsonValue shipments = calls.shipments(connection.credentials(), orderId).get("shipments");
                    if (shipments != null && shipments.getValueType() == JsonValue.ValueType.ARRAY) {
                        for (JsonValue shipment : shipments.asJsonArray()) {
                            if (shipment instanceof JsonObject object && tracking.shipment(object)) {
                                pulled++;
                            }
                        }
                    }
                }
            } catch (VendorException e) {
                errors.add(open.salesOrder() + ": " + e.getMessage());
            }
        }
        return new Outcome(pulled, errors);
    }
}

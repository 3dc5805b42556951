package com.medgrid.vendors.centreresearch;

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
import jakarta.json.JsonObject;

import java.util.List;

/**
 * Places a dispatch as one Centre Research order through the platform's managed connection, with
 * the Sales Order's name as {@code partnerOrderId}: after a timeout the relay sends it again, and
 * Centre Research answers with the order it already has. Its status comes back by polling.
 */
@ApplicationScoped
public class CentreResearchConnector implements VendorConnector {

    /** A dispatch becomes one Centre Research order. */
    static final String STEP = "order";

    @Inject
    CentreResearchCalls calls;
    @Inject
    CentreResearchOrderPayload payload;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    VendorOrders vendorOrders;

    @Override
    public VendorDescription description() {
        return CentreResearch.DESCRIPTION;
    }

    @Override
    public void dispatch(DispatchRequest request) {
        if (vendorOrders.placed(request.dispatch(), STEP).isPresent()) {
            return;
        }
        Connection connection = connection();
        JsonObject order = payload.of(request);
        vendorConnections.dispatching(connection, () -> {
            JsonObject placed = calls.placeOrder(connection.credentials(), order);
            vendorOrders.record(request.dispatch(), new PlacedOrder(STEP, connection.name(), CentreResearchAnswers.orderId(placed),
                    request.salesOrder(), CentreResearchAnswers.placedStatus(placed), CentreResearchAnswers.details(placed)));
        });
    }

    /** {@code GET /sales-channels/integration/orders/{cr_order_id}} through the connection that placed it. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        Connection connection = vendorConnections.placedBy(order, "Centre Research");
        return CentreResearchAnswers.update(calls.order(connection.credentials(), order.vendorOrderId())).stream().toList();
    }

    Connection connection() {
        return connections.active(CentreResearch.KEY, null)
                .orElseThrow(() -> VendorException.notConfigured("Centre Research is not configured: an admin connects it with the "
                        + "centre_research_api_key Centre Research issued."));
    }
}

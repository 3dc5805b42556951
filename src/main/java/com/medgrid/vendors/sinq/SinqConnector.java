package com.medgrid.vendors.sinq;

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
import java.util.Map;

/**
 * Sends a dispatch to SINQ Ops through the platform's managed connection as one SINQ order, with
 * the Sales Order's name as its reference. SINQ answers a resend of a reference with the order it
 * has, so a retry after a timeout never makes a second one; a dispatch whose order is recorded
 * already is not sent at all. Status comes back by webhook only ({@link SinqWebhookResource}).
 */
@ApplicationScoped
public class SinqConnector implements VendorConnector {

    static final String SYNCED = "Synced";
    /** A SINQ dispatch is one SINQ order. */
    static final String STEP = "order";

    @Inject
    SinqCalls calls;
    @Inject
    SinqOrders orders;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    VendorOrders vendorOrders;

    @Override
    public VendorDescription description() {
        return Sinq.DESCRIPTION;
    }

    /** SINQ reports by webhook only: there is nothing to ask it. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        return List.of();
    }

    @Override
    public void dispatch(DispatchRequest request) {
        if (vendorOrders.placed(request.dispatch(), STEP).isPresent()) {
            return;
        }
        Connection connection = connections.active(Sinq.KEY, null)
                .orElseThrow(() -> VendorException.notConfigured("SINQ Ops is not configured: an admin connects it with the "
                        + "sinq_api_url, sinq_api_key and sinq_webhook_key SINQ issued."));
        JsonObject order = orders.payload(request);
        vendorConnections.dispatching(connection, () -> {
            JsonObject created = calls.inbound(connection.credentials(), order);
            String transactionId = created.getString("transactionId", null);
            if (transactionId == null || transactionId.isBlank()) {
                throw VendorException.unavailable("SINQ Ops's answer has no transactionId: " + created, null);
            }
            vendorOrders.record(request.dispatch(), new PlacedOrder(STEP, connection.name(), transactionId,
                    created.getString("reference", request.salesOrder()), SYNCED, Map.of()));
        });
    }
}

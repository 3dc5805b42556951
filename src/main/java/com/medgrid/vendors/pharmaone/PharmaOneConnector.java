package com.medgrid.vendors.pharmaone;

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
import com.medgrid.selling.OrderShipping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Places a dispatch as one PharmaOne order through the platform's managed connection, in the
 * connection's submission mode, with the dispatch's name as {@code external_id}. A timed-out
 * submission is sent again by the relay: v1 order requests and the connector answer with what they
 * took before; the v2 API does not deduplicate, so v2 looks for an order with the
 * {@code external_id} first. Each line of an item that requires a prescription first gets its
 * prescription at PharmaOne ({@link PharmaOnePrescription}: the order's prescriber, looked up by
 * {@code external_id} before it is created), and the order's line names it; a prescription is no
 * vendor order of its own (the order is). Status and tracking come back by polling the v2 order.
 */
@ApplicationScoped
public class PharmaOneConnector implements VendorConnector {

    /** A dispatch becomes one PharmaOne order. */
    static final String STEP = "order";

    @Inject
    PharmaOneCalls calls;
    @Inject
    PharmaOneOrderPayload payload;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    VendorOrders vendorOrders;

    @Override
    public VendorDescription description() {
        return PharmaOne.DESCRIPTION;
    }

    @Override
    public void dispatch(DispatchRequest request) {
        if (vendorOrders.placed(request.dispatch(), STEP).isPresent()) {
            return;
        }
        Connection connection = connection();
        Map<String, String> credentials = connection.credentials();
        vendorConnections.dispatching(connection, () -> {
            PharmaOneSubmission mode = PharmaOneSubmission.of(credentials);
            JsonObject order = order(request, credentials, mode == PharmaOneSubmission.CONNECTOR ? null : credentials.get(PharmaOne.SHOP_ID));
            Submitted placed = submit(mode, credentials, request.dispatch(), order);
            vendorOrders.record(request.dispatch(), new PlacedOrder(STEP, connection.name(), placed.orderId(), request.dispatch(),
                    placed.status(), Map.of()));
        });
    }

    /**
     * The order's payload, once PharmaOne has a prescription for each of its prescription lines (the one
     * made for an earlier attempt, or a new one). What PharmaOne could never take is refused before any call.
     */
    private JsonObject order(DispatchRequest request, Map<String, String> credentials, String shopId) {
        OrderShipping.OrderFacts facts = payload.facts(request);
        List<PharmaOneOrderPayload.Mapped> mapped = payload.lines(request);
        PharmaOneOrderPayload.shipTo(facts);
        List<String> prescriptionItems = mapped.stream().filter(PharmaOneOrderPayload.Mapped::requiresPrescription)
                .map(m -> m.line().itemCode()).toList();
        String npi = prescriptionItems.isEmpty() ? null : PharmaOnePrescription.prescriber(facts, prescriptionItems);
        List<PharmaOneOrderPayload.Line> lines = new ArrayList<>();
        for (PharmaOneOrderPayload.Mapped line : mapped) {
            lines.add(new PharmaOneOrderPayload.Line(line.productId(), line.quantity(),
                    line.requiresPrescription() ? prescription(request, credentials, facts, npi, line) : null));
        }
        return PharmaOneOrderPayload.body(request.dispatch(), shopId, facts, lines);
    }

    /** The id of the line's prescription at PharmaOne: found by its {@code external_id}, else created. */
    private String prescription(DispatchRequest request, Map<String, String> credentials, OrderShipping.OrderFacts facts, String npi,
                                PharmaOneOrderPayload.Mapped line) {
        String externalId = PharmaOnePrescription.externalId(request.dispatch(), line.line().salesOrderItem());
        JsonObject prescription = calls.prescriptionByExternalId(credentials, externalId).orElseGet(() -> calls.createPrescription(credentials,
                PharmaOnePrescription.body(externalId, credentials.get(PharmaOne.SHOP_ID), facts, npi, line.productId(), line.quantity())));
        return PharmaOnePrescription.requiredId(prescription);
    }

    /** The order PharmaOne now has for a dispatch. */
    private record Submitted(String orderId, String status) {
    }

    /** Submits in the connection's mode; an order request (v1, connector) names the order it became, which starts Pending. */
    private Submitted submit(PharmaOneSubmission mode, Map<String, String> credentials, String dispatch, JsonObject order) {
        if (mode == PharmaOneSubmission.V2) {
            JsonObject placed = calls.orderByExternalId(credentials, dispatch).orElseGet(() -> calls.createOrder(credentials, order));
            return new Submitted(PharmaOneOrders.requiredId(placed), PharmaOneOrders.status(placed));
        }
        JsonObject request = mode == PharmaOneSubmission.V1 ? calls.orderRequest(credentials, order) : calls.externalOrder(credentials, order);
        String orderId = PharmaOneOrders.orderId(request, "order_id").orElseThrow(() -> VendorException.unavailable(
                "PharmaOne took the order request " + PharmaOneOrders.orderId(request, "id").orElse("?") + " but has no order for it yet.", null));
        return new Submitted(orderId, PharmaOneOrders.PENDING);
    }

    /** {@code GET /orders/{orderId}} through the connection that placed it. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        Connection connection = vendorConnections.placedBy(order, "PharmaOne");
        return List.of(PharmaOneOrders.update(calls.order(connection.credentials(), order.vendorOrderId())));
    }

    Connection connection() {
        return connections.active(PharmaOne.KEY, null)
                .orElseThrow(() -> VendorException.notConfigured("PharmaOne is not configured: an admin connects it with the org's "
                        + "pharmaone_api_key and pharmaone_org_id."));
    }
}

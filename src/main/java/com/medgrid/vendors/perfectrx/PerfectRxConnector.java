package com.medgrid.vendors.perfectrx;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.FulfillmentVendor;
import com.medgrid.fulfillment.VendorConnector;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorReceipt;
import com.medgrid.fulfillment.SentDispatch;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.validation.Npi;
import com.medgrid.selling.OrderShipping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sends a dispatch to PerfectRx through the platform's managed connection: the order's customer
 * is provisioned as a patient first, prescription lines go out as an e-script (after the
 * prescriber's NPI check), the others as an OTC transfer. Each request carries the dispatch name
 * as its external order id, so PerfectRx recognises a resend.
 */
@ApplicationScoped
public class PerfectRxConnector implements VendorConnector {

    static final String INTEGRATION = "perfectrx";
    static final String RECEIVED = "Received";

    @Inject
    PerfectRxCalls calls;
    @Inject
    PerfectRxPatients patients;
    @Inject
    ConnectionStore connections;
    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;
    @Inject
    NppesRegistry registry;

    @Override
    public FulfillmentVendor vendor() {
        return FulfillmentVendor.PERFECTRX;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.POLL_STATUS, Capability.STATUS_WEBHOOKS);
    }

    /** {@code GET /v1/orders/{referenceId}} for each PerfectRx order the dispatch became. */
    @Override
    public List<VendorUpdate> poll(SentDispatch dispatch) {
        Connection connection = connection();
        List<VendorUpdate> updates = new ArrayList<>();
        for (String reference : dispatch.vendorOrderIds()) {
            JsonObject status = calls.order(connection.credentials(), reference);
            String updatedAt = status.getString("updatedAt", null);
            updates.add(new VendorUpdate(status.getString("status", null), updatedAt == null ? Instant.now() : Instant.parse(updatedAt),
                    status.getString("trackingNumber", null), status.getString("carrier", null), status.getString("trackingUrl", null)));
        }
        return updates;
    }

    @Override
    public VendorReceipt dispatch(DispatchRequest request) {
        Connection connection = connection();
        OrderShipping.OrderFacts order = shipping.facts(request.salesOrder());
        List<DispatchRequest.Line> prescription = new ArrayList<>();
        List<DispatchRequest.Line> otc = new ArrayList<>();
        for (DispatchRequest.Line line : request.lines()) {
            (requiresPrescription(line) ? prescription : otc).add(line);
        }
        String npi = order.prescriberNpi();
        if (!prescription.isEmpty()) {
            if (!Npi.isValid(npi)) {
                throw VendorException.rejected("Prescriber NPI " + npi + " fails the NPI check digit; an e-script cannot be sent.");
            }
            registry.requireKnown(npi);
        }
        String patientId = patients.ensure(connection.credentials(), order.customer()).patientId();
        List<String> references = new ArrayList<>();
        if (!prescription.isEmpty()) {
            JsonObject body = order(connection, request.dispatch() + "-rx", patientId, order, prescription)
                    .add("prescriber", ApiJson.JSON.createObjectBuilder().add("npi", npi)).build();
            references.add(reference(calls.transmitEScript(connection.credentials(), body)));
        }
        if (!otc.isEmpty()) {
            references.add(reference(calls.otcTransfer(connection.credentials(),
                    order(connection, request.dispatch() + "-otc", patientId, order, otc).build())));
        }
        connections.recordSync(connection.name(), 1, 0, null);
        return new VendorReceipt(String.join(",", references), RECEIVED);
    }

    Connection connection() {
        return connections.active(INTEGRATION, null)
                .orElseThrow(() -> VendorException.notConfigured("PerfectRx is not configured: an admin connects it with the "
                        + "client_id, client_secret and default_practice_id PerfectRx issued."));
    }

    private boolean requiresPrescription(DispatchRequest.Line line) {
        return items.of(line.itemCode()).map(ItemMappings.ItemMapping::requiresPrescription).orElse(false);
    }

    private JsonObjectBuilder order(Connection connection, String externalOrderId, String patientId, OrderShipping.OrderFacts order,
                                    List<DispatchRequest.Line> lines) {
        JsonArrayBuilder rows = ApiJson.JSON.createArrayBuilder();
        for (DispatchRequest.Line line : lines) {
            String description = items.of(line.itemCode()).map(i -> i.fields().get("perfectrx_drug_description")).orElse(line.itemName());
            rows.add(ApiJson.JSON.createObjectBuilder().add("drugDescription", description).add("sku", line.itemCode())
                    .add("quantity", line.qty()));
        }
        JsonObjectBuilder body = ApiJson.JSON.createObjectBuilder()
                .add("practiceId", connection.credentials().get("default_practice_id"))
                .add("patientId", patientId)
                .add("externalOrderId", externalOrderId)
                .add("items", rows);
        if (order.shipTo() != null) {
            body.add("shipTo", PerfectRxPatients.address(order.shipTo()));
        }
        return body;
    }

    private static String reference(JsonObject answer) {
        String reference = answer.getString("referenceId", null);
        if (reference == null) {
            throw VendorException.unavailable("PerfectRx's answer has no referenceId: " + answer, null);
        }
        return reference;
    }
}

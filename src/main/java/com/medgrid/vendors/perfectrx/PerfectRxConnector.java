package com.medgrid.vendors.perfectrx;

import com.medgrid.catalog.ItemMappings;
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
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.validation.Npi;
import com.medgrid.selling.OrderShipping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends a dispatch to PerfectRx through the platform's managed connection: the order's customer
 * is provisioned as a patient first, prescription lines go out as an e-script (after the
 * prescriber's NPI check), the others as an OTC transfer. PerfectRx documents no idempotency key,
 * so each step that PerfectRx confirms is recorded at once, and a retry (after the OTC transfer
 * failed, say) resumes after the last step done: an e-script is never transmitted twice. Each
 * request still carries the dispatch's step as its external order id.
 */
@ApplicationScoped
public class PerfectRxConnector implements VendorConnector {

    static final String INTEGRATION = PerfectRx.KEY;
    static final String RECEIVED = "Received";
    static final String PRESCRIPTION_STEP = "rx";
    static final String OTC_STEP = "otc";
    private static final Set<String> ITEM_FIELDS = Set.copyOf(PerfectRx.DESCRIPTION.itemFields());

    @Inject
    PerfectRxCalls calls;
    @Inject
    PerfectRxPatients patients;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;
    @Inject
    NppesRegistry registry;
    @Inject
    VendorOrders vendorOrders;

    @Override
    public VendorDescription description() {
        return PerfectRx.DESCRIPTION;
    }

    /** {@code GET /v1/orders/{referenceId}}; a time PerfectRx gives that cannot be read counts as none. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        JsonObject status = calls.order(connection().credentials(), order.vendorOrderId());
        return List.of(new VendorUpdate(status.getString("status", null), time(status.getString("updatedAt", null)),
                status.getString("trackingNumber", null), status.getString("carrier", null), status.getString("trackingUrl", null)));
    }

    @Override
    public void dispatch(DispatchRequest request) {
        Connection connection = connection();
        OrderShipping.OrderFacts order = shipping.facts(request.salesOrder());
        List<DispatchRequest.Line> prescription = new ArrayList<>();
        List<DispatchRequest.Line> otc = new ArrayList<>();
        for (DispatchRequest.Line line : request.lines()) {
            (requiresPrescription(line) ? prescription : otc).add(line);
        }
        boolean rxDue = !prescription.isEmpty() && vendorOrders.placed(request.dispatch(), PRESCRIPTION_STEP).isEmpty();
        boolean otcDue = !otc.isEmpty() && vendorOrders.placed(request.dispatch(), OTC_STEP).isEmpty();
        if (!rxDue && !otcDue) {
            return;
        }
        String npi = order.prescriberNpi();
        if (rxDue) {
            if (!Npi.isValid(npi)) {
                throw VendorException.rejected("Prescriber NPI " + npi + " fails the NPI check digit; an e-script cannot be sent.");
            }
            registry.requireKnown(npi);
        }
        vendorConnections.dispatching(connection, () -> {
            String patientId = patients.ensure(connection.credentials(), order.customer()).patientId();
            if (rxDue) {
                JsonObject body = order(connection, request.dispatch() + "-" + PRESCRIPTION_STEP, patientId, order, prescription)
                        .add("prescriber", ApiJson.JSON.createObjectBuilder().add("npi", npi)).build();
                record(request, connection, PRESCRIPTION_STEP, calls.transmitEScript(connection.credentials(), body));
            }
            if (otcDue) {
                record(request, connection, OTC_STEP, calls.otcTransfer(connection.credentials(),
                        order(connection, request.dispatch() + "-" + OTC_STEP, patientId, order, otc).build()));
            }
        });
    }

    private void record(DispatchRequest request, Connection connection, String step, JsonObject answer) {
        String reference = answer.getString("referenceId", null);
        if (reference == null) {
            throw VendorException.unavailable("PerfectRx's answer has no referenceId: " + answer, null);
        }
        vendorOrders.record(request.dispatch(), new PlacedOrder(step, connection.name(), reference,
                request.dispatch() + "-" + step, RECEIVED, Map.of()));
    }

    Connection connection() {
        return connections.active(INTEGRATION, null)
                .orElseThrow(() -> VendorException.notConfigured("PerfectRx is not configured: an admin connects it with the "
                        + "client_id, client_secret and default_practice_id PerfectRx issued."));
    }

    private boolean requiresPrescription(DispatchRequest.Line line) {
        return items.of(line.itemCode(), ITEM_FIELDS).map(ItemMappings.ItemMapping::requiresPrescription).orElse(false);
    }

    private JsonObjectBuilder order(Connection connection, String externalOrderId, String patientId, OrderShipping.OrderFacts order,
                                    List<DispatchRequest.Line> lines) {
        JsonArrayBuilder rows = ApiJson.JSON.createArrayBuilder();
        for (DispatchRequest.Line line : lines) {
            String description = items.of(line.itemCode(), ITEM_FIELDS).map(i -> i.fields().get("perfectrx_drug_description"))
                    .orElse(line.itemName());
            rows.add(ApiJson.JSON.createObjectBuilder().add("drugDescription", description).add("sku", line.itemCode())
                    .add("quantity", units(line.qty())));
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

    /** A unit count as PerfectRx expects it: 2, not 2.000000 (a fraction stays a decimal). */
    static BigDecimal units(BigDecimal qty) {
        return FieldValues.plain(qty);
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

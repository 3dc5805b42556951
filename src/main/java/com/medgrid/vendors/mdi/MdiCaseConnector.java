package com.medgrid.vendors.mdi;

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
import com.medgrid.selling.OrderShipping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dispatch to MD Integrations is a case for a clinician: the order's customer as the patient
 * ({@link MdiPatients}), the items' offerings ({@code mdi_offering_id}), what was ordered as the case's
 * answers, and the dispatch's name as its {@code metadata}. MD Integrations takes no idempotency key,
 * so before opening a case MedGrid looks among the patient's cases for one with that metadata (a
 * retry after a lost answer finds the case it opened). The case's outcome comes back by webhooks
 * ({@link MdiEvents}) and by polling the case.
 */
@ApplicationScoped
public class MdiCaseConnector implements VendorConnector {

    /** A dispatch becomes one case. */
    static final String STEP = "case";

    @Inject
    MdiCalls calls;
    @Inject
    MdiPatients patients;
    @Inject
    ConnectionStore connections;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    OrderShipping shipping;
    @Inject
    ItemMappings items;
    @Inject
    VendorOrders vendorOrders;

    @Override
    public VendorDescription description() {
        return Mdi.DESCRIPTION;
    }

    @Override
    public void dispatch(DispatchRequest request) {
        if (vendorOrders.placed(request.dispatch(), STEP).isPresent()) {
            return;
        }
        Connection connection = connection();
        Map<String, String> credentials = connection.credentials();
        vendorConnections.dispatching(connection, () -> {
            OrderShipping.OrderFacts order = shipping.facts(request.salesOrder());
            Set<String> offerings = offerings(request.lines());
            String patientId = patients.ensure(credentials, order.customer(), order.shipTo());
            JsonObject opened = caseOf(credentials, patientId, request.dispatch())
                    .orElseGet(() -> calls.createCase(credentials, newCase(patientId, request, offerings)));
            String caseId = opened.getString("case_id", null);
            if (caseId == null) {
                throw VendorException.unavailable("MD Integrations' answer to opening a case has no case_id: " + opened, null);
            }
            vendorOrders.record(request.dispatch(), new PlacedOrder(STEP, connection.name(), caseId, request.dispatch(), Mdi.CREATED, Map.of()));
        });
    }

    /** {@code GET /v1/partner/cases/{id}} through the connection that opened it. */
    @Override
    public List<VendorUpdate> poll(VendorOrderRef order) {
        Connection connection = vendorConnections.placedBy(order, "MD Integrations");
        return List.of(MdiCaseStatus.of(calls.medicalCase(connection.credentials(), MdiMetadata.uuid("case_id", order.vendorOrderId())), null));
    }

    Connection connection() {
        return connections.active(Mdi.KEY, null)
                .orElseThrow(() -> VendorException.notConfigured("MD Integrations is not configured: an admin connects it with the "
                        + "mdi_client_id and mdi_client_secret MD Integrations issued."));
    }

    /** The offerings the lines ask a clinician about; a line without one cannot be reviewed. */
    private Set<String> offerings(List<DispatchRequest.Line> lines) {
        Set<String> offerings = new LinkedHashSet<>();
        for (DispatchRequest.Line line : lines) {
            String offering = items.of(line.itemCode(), Set.of(Mdi.OFFERING_ID)).map(i -> i.fields().get(Mdi.OFFERING_ID))
                    .orElseThrow(() -> VendorException.rejected("Item " + line.itemCode() + " has no " + Mdi.OFFERING_ID
                            + ": no MD Integrations clinician can review it."));
            offerings.add(offering);
        }
        return offerings;
    }

    /** The case MedGrid opened for this dispatch before, if the patient has one. */
    private Optional<JsonObject> caseOf(Map<String, String> credentials, String patientId, String dispatch) {
        return calls.patientCases(credentials, MdiMetadata.uuid("patient_id", patientId)).stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject)
                .filter(c -> dispatch.equals(c.getString("metadata", null))).findFirst();
    }

    private static JsonObject newCase(String patientId, DispatchRequest request, Set<String> offerings) {
        JsonArrayBuilder caseOfferings = ApiJson.JSON.createArrayBuilder();
        offerings.forEach(id -> caseOfferings.add(ApiJson.JSON.createObjectBuilder().add("offering_id", id)));
        String ordered = request.lines().stream()
                .map(l -> l.itemName() + " (" + l.itemCode() + ") x " + FieldValues.plain(l.qty()).toPlainString())
                .collect(Collectors.joining("; "));
        return ApiJson.JSON.createObjectBuilder()
                .add("patient_id", patientId)
                .add("case_offerings", caseOfferings)
                .add("case_questions", ApiJson.JSON.createArrayBuilder().add(ApiJson.JSON.createObjectBuilder()
                        .add("question", "What did the clinic order for the patient?").add("answer", ordered).add("type", "string")))
                .add("metadata", request.dispatch())
                .add("hold_status", false)
                .build();
    }
}

package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.integrations.VendorConnections;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies stored MD Integrations events to the case's vendor order, at the event's {@code timestamp}
 * (its first attempt), so a retry that arrives after newer events changes nothing. A case's outcome
 * ({@code case_approved}, {@code case_cancelled}) is read from the case itself, which names the
 * clinician and the reason; the order's prescription lines are released on approval ({@link MdiApprovals}).
 * The other events are recorded as the order's {@code mdi_*} details.
 */
@ApplicationScoped
public class MdiEvents implements InboxHandler {

    static final String CASE_WAITING = "case_waiting";
    static final String CASE_APPROVED = "case_approved";
    /** Not among the six the issue lists, but MD Integrations sends it, and a declined case ends so. */
    static final String CASE_CANCELLED = "case_cancelled";
    static final String OFFERING_SUBMITTED = "offering_submitted";
    static final String INSURANCE_UPDATED = "prescription_insurance_coverage_updated";
    static final String ORDER_STATUS_CHANGED = "order_status_changed";
    static final String ORDER_TRACKING_CHANGED = "order_tracking_number_changed";
    static final Set<String> KNOWN = Set.of(CASE_WAITING, CASE_APPROVED, CASE_CANCELLED, OFFERING_SUBMITTED, INSURANCE_UPDATED,
            ORDER_STATUS_CHANGED, ORDER_TRACKING_CHANGED);

    @Inject
    VendorOrders vendorOrders;
    @Inject
    VendorConnections vendorConnections;
    @Inject
    MdiCalls calls;

    @Override
    public String source() {
        return MdiWebhookResource.SOURCE;
    }

    @Override
    public void process(InboxMessage message) {
        JsonObject event = ApiJson.JSON.createReader(new StringReader(message.getBody())).readObject();
        String caseId = event.getString("case_id");
        // the case is recorded when MD Integrations' answer to opening it arrives: an event may come first, and is tried again
        VendorOrderRef order = vendorOrders.byVendorId(Mdi.KEY, null, caseId)
                .orElseThrow(() -> new IllegalStateException("No MedGrid order has MD Integrations case " + caseId + " (yet)."));
        vendorOrders.update(order.name(), update(event, order, message.getEventAt()));
    }

    private VendorUpdate update(JsonObject event, VendorOrderRef order, Instant at) {
        String type = event.getString("event_type");
        return switch (type) {
            case CASE_WAITING -> new VendorUpdate(Mdi.WAITING, at, null, null, null);
            case CASE_APPROVED, CASE_CANCELLED -> MdiCaseStatus.of(calls.medicalCase(credentials(order), order.vendorOrderId()), at);
            case OFFERING_SUBMITTED -> details(at, Map.of("offering_status", offerings(event)));
            case INSURANCE_UPDATED -> details(at, Map.of("insurance_prescription_id", event.getString("prescription_id", "")));
            case ORDER_STATUS_CHANGED, ORDER_TRACKING_CHANGED -> details(at, Map.of(
                    "order_status", event.getString("order_status", ""), "order_details", event.getString("order_details", "")));
            default -> throw new IllegalStateException("Unknown MD Integrations event " + type);
        };
    }

    private static VendorUpdate details(Instant at, Map<String, String> details) {
        return new VendorUpdate(null, at, null, null, null, null, details);
    }

    /** "title: status" of each offering the event says was submitted. */
    private static String offerings(JsonObject event) {
        JsonValue offerings = event.get("offerings");
        if (offerings == null || offerings.getValueType() != JsonValue.ValueType.ARRAY) {
            return "";
        }
        return offerings.asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject)
                .map(o -> o.getString("title", o.getString("name", "?")) + ": " + o.getString("status", "submitted"))
                .collect(Collectors.joining("; "));
    }

    private Map<String, String> credentials(VendorOrderRef order) {
        return vendorConnections.placedBy(order, Mdi.DESCRIPTION.label()).credentials();
    }
}

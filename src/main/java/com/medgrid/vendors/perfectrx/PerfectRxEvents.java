package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import com.medgrid.selling.PatientRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies stored PerfectRx webhooks, as the integration guide's table says: order events set
 * {@code perfectrx_status} and tracking (older events never overwrite newer ones), patient events
 * record the patient on the Customer, a failure flagged for follow-up.
 */
@ApplicationScoped
public class PerfectRxEvents implements InboxHandler {

    private static final Logger LOG = Logger.getLogger(PerfectRxEvents.class.getName());

    static final Map<String, String> ORDER_STATUS = Map.of(
            "ORDER_RECEIVED", "Received",
            "ORDER_SHIPPED", "Shipped",
            "ORDER_RESHIPPED", "Shipped",
            "ORDER_DELIVERED", "Delivered",
            "ORDER_CANCELED", "Cancelled");
    static final Set<String> PATIENT_EVENTS = Set.of("PATIENT_CREATION_SUCCESS", "PATIENT_CREATION_FAILURE");
    static final Set<String> KNOWN = union();

    @Inject
    VendorOrders vendorOrders;
    @Inject
    PatientRecords patients;

    @Override
    public String source() {
        return PerfectRxWebhookResource.SOURCE;
    }

    /** Its events carry all it records: PerfectRx is not called back. */
    @Override
    public boolean callsVendor() {
        return false;
    }

    @Override
    public void process(InboxMessage message) {
        JsonObject event = ApiJson.JSON.createReader(new StringReader(message.getBody())).readObject();
        String type = event.getString("event");
        if (PATIENT_EVENTS.contains(type)) {
            String customer = event.getString("externalId", null);
            boolean created = "PATIENT_CREATION_SUCCESS".equals(type);
            patients.recordPerfectrxPatient(customer, created ? event.getString("patientId", null) : null, created ? "Created" : "Failed");
            if (!created) {
                LOG.warning(() -> "PerfectRx could not create the patient for customer " + customer + ": " + event.getString("reason", "no reason given"));
            }
            return;
        }
        String reference = event.getString("referenceId", null);
        VendorOrderRef order = reference == null ? null : vendorOrders.byVendorId(PerfectRx.KEY, null, reference).orElse(null);
        if (order == null) {
            LOG.warning(() -> "PerfectRx event " + type + " for unknown reference " + reference + " ignored");
            return;
        }
        vendorOrders.update(order.name(), new VendorUpdate(ORDER_STATUS.get(type), message.getEventAt(),
                event.getString("trackingNumber", null), event.getString("carrier", null), event.getString("trackingUrl", null)));
    }

    private static Set<String> union() {
        java.util.HashSet<String> all = new java.util.HashSet<>(ORDER_STATUS.keySet());
        all.addAll(PATIENT_EVENTS);
        return Set.copyOf(all);
    }
}

package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.OrderField;
import com.medgrid.fulfillment.VendorConnector.Capability;
import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Set;

import static com.medgrid.fulfillment.OrderField.Source.STATUS;
import static com.medgrid.fulfillment.OrderField.Source.SYNC_DATE;
import static com.medgrid.fulfillment.OrderField.Source.VENDOR_ORDER_ID;

/**
 * MD Integrations as MedGrid knows it (md-integrations-api.txt): a telehealth network of clinicians
 * MedGrid works with as a partner, with the client id and secret MD Integrations issued, exchanged
 * for an access token. Prescription lines of an order placed without a prescriber are routed to it:
 * their dispatch opens a case for the customer (the patient), and when a clinician approves it the
 * lines go on to the pharmacy with the clinician as prescriber. Its metadata (states, cities,
 * questionnaires) feeds clinics' patient intake. It reports by signed webhooks, and is polled.
 */
final class Mdi {

    static final String KEY = "mdi";
    /** MD Integrations' API, unless {@code mdi/mp-rest/url} says otherwise. */
    static final String API_URL = "https://api.mdintegrations.com";
    static final String CLIENT_ID = "mdi_client_id";
    static final String CLIENT_SECRET = "mdi_client_secret";
    /** What MedGrid registered with MD Integrations for its webhooks: the Authorization header's value, and the signing secret. */
    static final String WEBHOOK_AUTHORIZATION = "mdi_webhook_authorization";
    static final String WEBHOOK_SECRET = "mdi_webhook_secret";
    static final String OFFERING_ID = "mdi_offering_id";

    /** The case statuses MedGrid shows as {@code mdi_status}. */
    static final String CREATED = "Created";
    static final String PROCESSING = "Processing";
    static final String WAITING = "Waiting";
    static final String APPROVED = "Approved";
    static final String DECLINED = "Declined";
    static final String CANCELLED = "Cancelled";

    /** Vendor order details: why a case was declined or cancelled, and the approving clinician. */
    static final String STATUS_REASON = "status_reason";
    static final String CLINICIAN_NPI = "clinician_npi";
    static final String CLINICIAN_NAME = "clinician_name";

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "MD Integrations",
            VendorDescription.Connections.MANAGED,
            List.of(CLIENT_ID, CLIENT_SECRET),
            List.of(OFFERING_ID),
            List.of(OrderField.of("mdi_case_id", VENDOR_ORDER_ID),
                    OrderField.of("mdi_status", STATUS),
                    OrderField.detail("mdi_status_reason", STATUS_REASON),
                    OrderField.detail("mdi_clinician_npi", CLINICIAN_NPI),
                    OrderField.detail("mdi_clinician_name", CLINICIAN_NAME),
                    OrderField.detail("mdi_order_status", "order_status"),
                    OrderField.detail("mdi_order_details", "order_details"),
                    OrderField.detail("mdi_offering_status", "offering_status"),
                    OrderField.detail("mdi_insurance_prescription_id", "insurance_prescription_id"),
                    OrderField.of("mdi_sync_date", SYNC_DATE)),
            Set.of(Capability.POLL_STATUS, Capability.STATUS_WEBHOOKS))
            .withOptionalCredentials(WEBHOOK_AUTHORIZATION, WEBHOOK_SECRET)
            // MD Integrations' event times are whole seconds, so events of one second are put in order by
            // this; a case waiting for the patient shows Waiting until its outcome
            .withLifecycle(CREATED, PROCESSING, WAITING, APPROVED, DECLINED, CANCELLED);

    private Mdi() {
    }
}

package com.medgrid.vendors.sinq;

import com.medgrid.fulfillment.OrderField;
import com.medgrid.fulfillment.VendorConnector.Capability;
import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Set;

import static com.medgrid.fulfillment.OrderField.Source.CARRIER;
import static com.medgrid.fulfillment.OrderField.Source.REFERENCE;
import static com.medgrid.fulfillment.OrderField.Source.STATUS;
import static com.medgrid.fulfillment.OrderField.Source.SYNC_DATE;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_NUMBER;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_URL;
import static com.medgrid.fulfillment.OrderField.Source.VENDOR_ORDER_ID;

/**
 * SINQ Ops as MedGrid knows it (integration guide, "SINQ Ops — OTC &amp; HRT Fulfillment"). Its
 * webhooks carry no reliable time, so its lifecycle alone keeps older news from moving an order back.
 */
final class Sinq {

    static final String KEY = "sinq";
    static final String API_URL = "sinq_api_url";
    static final String API_KEY = "sinq_api_key";
    static final String WEBHOOK_KEY = "sinq_webhook_key";
    static final String WEBHOOK_SECRET = "sinq_webhook_secret";
    static final String SKU = "sinq_sku";

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "SINQ Ops",
            VendorDescription.Connections.MANAGED,
            List.of(API_URL, API_KEY, WEBHOOK_KEY),
            List.of(SKU),
            List.of(OrderField.of("sinq_reference", REFERENCE),
                    OrderField.of("sinq_transaction_id", VENDOR_ORDER_ID),
                    OrderField.of("sinq_status", STATUS),
                    OrderField.of("sinq_tracking_number", TRACKING_NUMBER),
                    OrderField.of("sinq_tracking_url", TRACKING_URL),
                    OrderField.of("sinq_carrier", CARRIER),
                    OrderField.of("sinq_sync_date", SYNC_DATE)),
            Set.of(Capability.STATUS_WEBHOOKS))
            .withOptionalCredentials(WEBHOOK_SECRET)
            .withLifecycle("Synced", "Pending", "Shipped", "Completed", "Cancelled", "Failed");

    private Sinq() {
    }
}

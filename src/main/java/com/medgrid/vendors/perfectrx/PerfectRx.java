package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.OrderField;
import com.medgrid.fulfillment.VendorConnector.Capability;
import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Set;

import static com.medgrid.fulfillment.OrderField.Source.CARRIER;
import static com.medgrid.fulfillment.OrderField.Source.STATUS;
import static com.medgrid.fulfillment.OrderField.Source.SYNC_DATE;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_NUMBER;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_URL;
import static com.medgrid.fulfillment.OrderField.Source.VENDOR_ORDER_ID;

/** PerfectRx as MedGrid knows it (integration guide, "PerfectRx — Prescription Pharmacy"). */
final class PerfectRx {

    static final String KEY = "perfectrx";
    /** PerfectRx's production API, unless {@code perfectrx/mp-rest/url} says otherwise. */
    static final String API_URL = "https://apis.perfectrx.com";

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "PerfectRx",
            VendorDescription.Connections.MANAGED,
            List.of("client_id", "client_secret", "default_practice_id"),
            List.of("perfectrx_drug_description"),
            List.of(OrderField.of("perfectrx_reference_id", VENDOR_ORDER_ID),
                    OrderField.of("perfectrx_status", STATUS),
                    OrderField.of("perfectrx_tracking_number", TRACKING_NUMBER),
                    OrderField.of("perfectrx_carrier", CARRIER),
                    OrderField.of("perfectrx_tracking_url", TRACKING_URL),
                    OrderField.of("perfectrx_sync_date", SYNC_DATE)),
            Set.of(Capability.POLL_STATUS, Capability.STATUS_WEBHOOKS));

    private PerfectRx() {
    }
}

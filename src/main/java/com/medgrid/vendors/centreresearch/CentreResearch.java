package com.medgrid.vendors.centreresearch;

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

/**
 * Centre Research Peptides as MedGrid knows it (integration guide, "Centre Research — Peptides"):
 * MedGrid places orders as a sales channel partner and polls their status (no webhooks).
 * "On Hold" is left out of the lifecycle: an order can be held at any stage and released to the
 * stage it was in, so only the vendor's event times can order it against the others.
 */
final class CentreResearch {

    static final String KEY = "centre_research";
    /** Centre Research's API, unless the connection's {@code centre_research_api_url} or {@code centre_research/mp-rest/url} says otherwise. */
    static final String API_URL = "https://pepapi.stmin.dev/api";
    static final String API_KEY = "centre_research_api_key";
    static final String API_URL_KEY = "centre_research_api_url";
    static final String PRODUCT_ID = "centre_research_product_id";
    /** The detail key under which a vendor order keeps its shipping tier. */
    static final String SHIPPING_TIER = "shipping_tier";

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "Centre Research Peptides",
            VendorDescription.Connections.MANAGED,
            List.of(API_KEY),
            List.of(PRODUCT_ID),
            List.of(OrderField.of("cr_order_id", VENDOR_ORDER_ID),
                    OrderField.of("cr_status", STATUS),
                    OrderField.of("cr_tracking_number", TRACKING_NUMBER),
                    OrderField.of("cr_carrier", CARRIER),
                    OrderField.of("cr_tracking_url", TRACKING_URL),
                    OrderField.detail("cr_shipping_tier", SHIPPING_TIER),
                    OrderField.of("cr_sync_date", SYNC_DATE)),
            Set.of(Capability.POLL_STATUS))
            .withOptionalCredentials(API_URL_KEY)
            .withLifecycle("Pending", "Processing", "Label Created", "Shipped", "Delivered", "Cancelled", "Refunded");

    private CentreResearch() {
    }
}

package com.medgrid.vendors.pharmaone;

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
 * PharmaOne as MedGrid knows it (pharmaone-api.txt): a pharmacy-management system the platform
 * sends orders to with the org's API key, in one of three ways a connection chooses
 * ({@code pharmaone_submission_mode}): the v2 API with a JWT, v1 order requests with the key alone,
 * or the pharmacy's External Telemedicine Connector on its shop domain. Status is polled (v2).
 */
final class PharmaOne {

    static final String KEY = "pharmaone";
    /** PharmaOne's production host, unless {@code pharmaone/mp-rest/url} says otherwise. */
    static final String API_URL = "https://manager.prod.pharmaone.shop";
    static final String API_KEY = "pharmaone_api_key";
    static final String ORG_ID = "pharmaone_org_id";
    static final String SHOP_ID = "pharmaone_shop_id";
    static final String SUBMISSION_MODE = "pharmaone_submission_mode";
    static final String SHOP_DOMAIN = "pharmaone_shop_domain";
    static final String PRODUCT_ID = "pharmaone_product_id";

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "PharmaOne",
            VendorDescription.Connections.MANAGED,
            List.of(API_KEY, ORG_ID),
            List.of(PRODUCT_ID),
            List.of(OrderField.of("pharmaone_order_id", VENDOR_ORDER_ID),
                    OrderField.of("pharmaone_status", STATUS),
                    OrderField.of("pharmaone_tracking_number", TRACKING_NUMBER),
                    OrderField.of("pharmaone_carrier", CARRIER),
                    OrderField.of("pharmaone_tracking_url", TRACKING_URL),
                    OrderField.of("pharmaone_sync_date", SYNC_DATE)),
            Set.of(Capability.POLL_STATUS))
            .withOptionalCredentials(SHOP_ID, SUBMISSION_MODE, SHOP_DOMAIN)
            .withLifecycle("Pending", "Processing", "Shipped", "Delivered", "Cancelled");

    private PharmaOne() {
    }
}

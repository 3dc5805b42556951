package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.OrderField;
import com.medgrid.fulfillment.VendorConnector.Capability;
import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Set;

import static com.medgrid.fulfillment.OrderField.Source.CARRIER;
import static com.medgrid.fulfillment.OrderField.Source.LABEL_URL;
import static com.medgrid.fulfillment.OrderField.Source.STATUS;
import static com.medgrid.fulfillment.OrderField.Source.SYNC_DATE;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_NUMBER;
import static com.medgrid.fulfillment.OrderField.Source.TRACKING_URL;
import static com.medgrid.fulfillment.OrderField.Source.VENDOR_ORDER_ID;

/** ShipStation as MedGrid knows it (integration guide, "ShipStation — Shipping & Fulfillment"). */
final class ShipStation {

    static final String KEY = "shipstation";
    /** ShipStation's API, unless {@code shipstation/mp-rest/url} says otherwise. */
    static final String API_URL = "https://ssapi.shipstation.com";

    static final VendorDescription DESCRIPTION = new VendorDescription(KEY, "ShipStation",
            VendorDescription.Connections.SELF_SERVICE,
            List.of("api_key", "api_secret"),
            List.of("shipstation_product_id"),
            List.of(OrderField.of("shipstation_order_id", VENDOR_ORDER_ID),
                    OrderField.of("shipstation_status", STATUS),
                    OrderField.of("shipstation_tracking_number", TRACKING_NUMBER),
                    OrderField.of("shipstation_carrier", CARRIER),
                    OrderField.of("shipstation_tracking_url", TRACKING_URL),
                    OrderField.of("shipstation_label_url", LABEL_URL),
                    OrderField.of("shipstation_sync_date", SYNC_DATE)),
            Set.of(Capability.POLL_STATUS, Capability.STATUS_WEBHOOKS));

    private ShipStation() {
    }
}

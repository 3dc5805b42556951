package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.util.Map;

/** One vendor's shipment of an order's lines (as {@code aggregate_shipments} lists them): status and tracking. */
@Type("Shipment")
public class Shipment {

    private final Map<String, Object> row;

    Shipment(Map<String, Object> row) {
        this.row = row;
    }

    @Description("The vendor's key (perfectrx, shipstation, …; manual for MedGrid's own)")
    public String getVendor() {
        return (String) row.get("vendor");
    }

    public String getVendorLabel() {
        return (String) row.get("vendor_label");
    }

    public String getStatus() {
        return (String) row.get("status");
    }

    public String getTrackingNumber() {
        return (String) row.get("tracking_number");
    }

    public String getCarrier() {
        return (String) row.get("carrier");
    }

    public String getTrackingUrl() {
        return (String) row.get("tracking_url");
    }
}

package com.medgrid.fulfillment;

import java.time.Instant;
import java.util.Map;

/**
 * News from a vendor about one of its orders (from a webhook or a poll): its status at {@code at},
 * the vendor's time of the event, tracking when shipped, and vendor-specific details (a shipping
 * tier, say). Nulls leave what is recorded as it is.
 */
public record VendorUpdate(String status, Instant at, String trackingNumber, String carrier, String trackingUrl, String labelUrl,
                           Map<String, String> details) {

    public VendorUpdate {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public VendorUpdate(String status, Instant at, String trackingNumber, String carrier, String trackingUrl) {
        this(status, at, trackingNumber, carrier, trackingUrl, null, Map.of());
    }
}

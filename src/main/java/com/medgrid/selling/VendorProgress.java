package com.medgrid.selling;

import java.time.Instant;

/**
 * A fulfilment vendor's news about an order, for its field group on the Sales Order
 * ({@code <prefix>_order_id}, {@code _status}, {@code _tracking_number}, {@code _carrier},
 * {@code _tracking_url}, {@code _sync_date}, and {@code _reference_id} for vendors whose group has one).
 * A null leaves that field as it is.
 */
public record VendorProgress(String orderId, String status, String trackingNumber, String carrier, String trackingUrl,
                             Instant syncDate, String referenceId) {

    public VendorProgress(String orderId, String status, String trackingNumber, String carrier, String trackingUrl, Instant syncDate) {
        this(orderId, status, trackingNumber, carrier, trackingUrl, syncDate, null);
    }
}

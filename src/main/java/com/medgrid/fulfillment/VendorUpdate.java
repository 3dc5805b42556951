package com.medgrid.fulfillment;

import java.time.Instant;

/**
 * News from a vendor about its share of an order (from a webhook or a poll): its status at
 * {@code at}, the vendor's time of the event, and tracking when shipped. Nulls leave fields as they are.
 */
public record VendorUpdate(String status, Instant at, String trackingNumber, String carrier, String trackingUrl) {
}

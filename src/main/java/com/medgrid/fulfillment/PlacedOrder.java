package com.medgrid.fulfillment;

import java.util.Map;

/**
 * An order the vendor confirmed while a dispatch was placed.
 *
 * @param step          which part of the dispatch it is ({@code rx}, {@code otc}, a connection): one order per step
 * @param connection    the integration connection that placed it, if any
 * @param vendorOrderId the vendor's id for it, by which webhooks and polls find it
 * @param reference     what MedGrid sent as the vendor's dedupe key, or the vendor echoed back
 * @param status        the vendor's first status ({@code Awaiting Shipment}, {@code Received})
 * @param details       vendor-specific facts shown in the vendor's order fields
 */
public record PlacedOrder(String step, String connection, String vendorOrderId, String reference, String status,
                          Map<String, String> details) {

    public PlacedOrder {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}

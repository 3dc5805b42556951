package com.medgrid.fulfillment;

import java.util.List;

/**
 * The port every vendor implements in its own package ({@code vendors/<vendor>}): it describes
 * the vendor, places the lines routed to it as the vendor's orders, and, if it can, asks the vendor
 * later what became of them. Implementations are CDI beans; {@link Vendors} finds them.
 */
public interface VendorConnector {

    /** What a connector can do beyond taking dispatches. */
    enum Capability {
        /** {@link #poll} asks the vendor for news about one of its orders. */
        POLL_STATUS,
        /** The vendor pushes status changes to a MedGrid webhook. */
        STATUS_WEBHOOKS
    }

    VendorDescription description();

    /**
     * Places the lines with the vendor, recording each vendor order it creates with
     * {@link VendorOrders#record} as soon as the vendor confirms it. A dispatch that needs several
     * calls (a patient, then an e-script, then an OTC order) skips the steps {@link VendorOrders#placed}
     * says are done, so a retry never places anything twice. Must be idempotent by the dispatch name
     * (send it as the vendor's dedupe key): after a timeout the relay cannot know whether the vendor got it.
     *
     * @throws VendorException when the vendor did not take it all: retryable, rejected, or not configured
     *                         (no working connection, so the dispatch waits for one)
     */
    void dispatch(DispatchRequest request);

    /**
     * Asks the vendor about one of its orders (only with {@link Capability#POLL_STATUS}).
     *
     * @return its news, one update per shipment; empty when there is none
     * @throws VendorException when the vendor cannot be asked now
     */
    List<VendorUpdate> poll(VendorOrderRef order);
}

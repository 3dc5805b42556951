package com.medgrid.fulfillment;

import java.util.List;
import java.util.Set;

/**
 * The port every vendor integration implements (in {@code vendors/<vendor>}): it receives the
 * lines routed to its vendor, says how the hand-over went, and, if it can, what the vendor says
 * later about them. Implementations are CDI beans.
 */
public interface VendorConnector {

    /** What a connector can do beyond taking dispatches. */
    enum Capability {
        /** {@link #poll} asks the vendor for news about a dispatch it took. */
        POLL_STATUS,
        /** The vendor pushes status changes to a MedGrid webhook. */
        STATUS_WEBHOOKS
    }

    FulfillmentVendor vendor();

    Set<Capability> capabilities();

    /**
     * Hands the lines to the vendor. Must be idempotent by {@link DispatchRequest#dispatch()} (send
     * it as the vendor's dedupe key): after a timeout the relay cannot know whether the vendor got it.
     *
     * @throws VendorException when the vendor did not take it: retryable, rejected, or not configured
     *                         (no working connection, so the dispatch waits for one)
     */
    VendorReceipt dispatch(DispatchRequest request);

    /**
     * Asks the vendor about a dispatch it took (only with {@link Capability#POLL_STATUS}).
     *
     * @return its news, one update per shipment or vendor order; empty when there is none
     * @throws VendorException when the vendor cannot be asked now
     */
    List<VendorUpdate> poll(SentDispatch dispatch);
}

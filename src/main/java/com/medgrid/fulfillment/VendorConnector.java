package com.medgrid.fulfillment;

/**
 * The port every vendor integration implements (in {@code vendors/<vendor>}): it receives the
 * lines routed to its vendor and says how the hand-over went. Implementations are CDI beans.
 */
public interface VendorConnector {

    FulfillmentVendor vendor();

    /**
     * Hands the lines to the vendor. Must be idempotent by {@link DispatchRequest#dispatch()} (send
     * it as the vendor's dedupe key): after a timeout the relay cannot know whether the vendor got it.
     *
     * @throws VendorException when the vendor did not take it: retryable, rejected, or not configured
     *                         (no working connection, so the dispatch waits for one)
     */
    VendorReceipt dispatch(DispatchRequest request);
}

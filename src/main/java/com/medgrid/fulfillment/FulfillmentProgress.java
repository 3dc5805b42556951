package com.medgrid.fulfillment;

import java.util.List;

/**
 * An order's fulfilment status from its dispatches' vendor statuses: Delivered when every live
 * dispatch is delivered (or completed), Shipped when every one has at least shipped (Partly Delivered if some
 * arrived), Partly Shipped when some have, else Not Shipped. Cancelled dispatches do not count.
 */
final class FulfillmentProgress {

    static final String NOT_SHIPPED = "Not Shipped";
    static final String PARTLY_SHIPPED = "Partly Shipped";
    static final String SHIPPED = "Shipped";
    static final String PARTLY_DELIVERED = "Partly Delivered";
    static final String DELIVERED = "Delivered";
    /** Some vendors (SINQ) say an order is complete once it arrived. */
    static final String COMPLETED = "Completed";
    /** Shopify's word for shipped: every line has gone out with a fulfillment. */
    static final String FULFILLED = "Fulfilled";

    private FulfillmentProgress() {
    }

    /** @param vendorStatuses the vendor status of each dispatch that is not cancelled (null: none yet) */
    static String of(List<String> vendorStatuses) {
        long delivered = vendorStatuses.stream().filter(FulfillmentProgress::arrived).count();
        long shipped = vendorStatuses.stream().filter(s -> SHIPPED.equals(s) || FULFILLED.equals(s) || arrived(s)).count();
        int all = vendorStatuses.size();
        if (all == 0 || shipped == 0) {
            return NOT_SHIPPED;
        }
        if (delivered == all) {
            return DELIVERED;
        }
        if (shipped == all) {
            return delivered > 0 ? PARTLY_DELIVERED : SHIPPED;
        }
        return PARTLY_SHIPPED;
    }

    private static boolean arrived(String vendorStatus) {
        return DELIVERED.equals(vendorStatus) || COMPLETED.equals(vendorStatus);
    }
}

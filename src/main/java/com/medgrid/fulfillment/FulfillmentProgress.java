package com.medgrid.fulfillment;

import java.util.List;

/**
 * An order's fulfilment status from its dispatches' vendor statuses: Delivered when every live
 * dispatch is delivered, Shipped when every one has at least shipped (Partly Delivered if some
 * arrived), Partly Shipped when some have, else Not Shipped. Cancelled dispatches do not count.
 */
final class FulfillmentProgress {

    static final String NOT_SHIPPED = "Not Shipped";
    static final String PARTLY_SHIPPED = "Partly Shipped";
    static final String SHIPPED = "Shipped";
    static final String PARTLY_DELIVERED = "Partly Delivered";
    static final String DELIVERED = "Delivered";

    private FulfillmentProgress() {
    }

    /** @param vendorStatuses the vendor status of each dispatch that is not cancelled (null: none yet) */
    static String of(List<String> vendorStatuses) {
        long delivered = vendorStatuses.stream().filter(DELIVERED::equals).count();
        long shipped = vendorStatuses.stream().filter(s -> SHIPPED.equals(s) || DELIVERED.equals(s)).count();
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
}

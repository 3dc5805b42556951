package com.medgrid.fulfillment;

import java.util.List;
import java.util.Set;

/** A dispatch the vendor took: the order, the vendor's order ids, and the Vendor Profiles whose lines it carries. */
public record SentDispatch(String salesOrder, String vendorOrderId, Set<String> suppliers) {

    /** The vendor's ids: one per vendor order the dispatch became. */
    public List<String> vendorOrderIds() {
        return List.of(vendorOrderId.split(","));
    }
}

package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** News without a status (tracking only), or an order without one yet, is not a move along the lifecycle. */
class VendorDescriptionTest {

    private static final VendorDescription VENDOR = new VendorDescription("v", "V", VendorDescription.Connections.MANAGED, List.of(),
            List.of(), List.of(), Set.of()).withLifecycle("Pending", "Shipped", "Delivered");

    @Test
    void aMissingStatusNeitherMovesOnNorBack() {
        assertFalse(VENDOR.movesBack("Shipped", null));
        assertFalse(VENDOR.movesOn("Shipped", null));
        assertFalse(VENDOR.movesBack(null, "Pending"));
        assertFalse(VENDOR.movesOn(null, "Pending"));
        assertFalse(Vendors.MANUAL.movesBack(null, null));
    }

    @Test
    void knownStatusesAreOrderedByTheLifecycleAndOthersByTimes() {
        assertTrue(VENDOR.movesBack("Delivered", "Shipped"));
        assertTrue(VENDOR.movesOn("Pending", "Shipped"));
        assertFalse(VENDOR.movesBack("Shipped", "On Hold"));
        assertFalse(VENDOR.movesOn("Shipped", "On Hold"));
    }
}

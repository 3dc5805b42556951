package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VendorDescriptionTest {

    private static final VendorDescription WITH_LIFECYCLE = new VendorDescription("v", "V", VendorDescription.Connections.MANAGED,
            List.of(), List.of(), List.of(), Set.of()).withLifecycle("Received", "Shipped", "Delivered");
    private static final VendorDescription WITHOUT = new VendorDescription("w", "W", VendorDescription.Connections.MANAGED,
            List.of(), List.of(), List.of(), Set.of());

    /** A vendor order recorded without a status (a staff Delivery Note), and news that carries none, are on no lifecycle. */
    @Test
    void noStatusIsNeitherBackNorOn() {
        for (VendorDescription vendor : List.of(WITH_LIFECYCLE, WITHOUT)) {
            assertFalse(vendor.movesBack(null, "Shipped"));
            assertFalse(vendor.movesBack("Shipped", null));
            assertFalse(vendor.movesOn(null, "Shipped"));
            assertFalse(vendor.movesOn("Shipped", null));
            assertFalse(vendor.movesOn(null, null));
        }
    }

    @Test
    void statusesMoveAlongTheLifecycle() {
        assertTrue(WITH_LIFECYCLE.movesBack("Shipped", "Received"));
        assertTrue(WITH_LIFECYCLE.movesOn("Received", "Delivered"));
        assertFalse(WITH_LIFECYCLE.movesBack("Received", "Shipped"));
        assertFalse(WITH_LIFECYCLE.movesOn("Shipped", "Lost"));
        assertFalse(WITHOUT.movesBack("Shipped", "Received"));
    }
}

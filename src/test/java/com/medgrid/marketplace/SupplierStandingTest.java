package com.medgrid.marketplace;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupplierStandingTest {

    @Test
    void approvedSuppliersShip() {
        assertEquals(Optional.empty(), SupplierStanding.waitReason(Map.of("A", VendorProfile.APPROVED, "B", VendorProfile.APPROVED)));
    }

    @Test
    void theFirstSupplierNotApprovedSaysWhatLetsItsLinesGo() {
        assertEquals(Optional.of("Vendor Profile B is Suspended: its lines wait until an admin reinstates it."),
                SupplierStanding.waitReason(Map.of("A", VendorProfile.APPROVED, "B", VendorProfile.SUSPENDED, "C", VendorProfile.PENDING)));
        assertEquals(Optional.of("Vendor Profile C is Pending Approval: its lines wait until an admin approves it."),
                SupplierStanding.waitReason(Map.of("C", VendorProfile.PENDING)));
        assertEquals(Optional.of("Vendor Profile D is Rejected: its lines wait until an admin cancels them."),
                SupplierStanding.waitReason(Map.of("D", VendorProfile.REJECTED)));
    }
}

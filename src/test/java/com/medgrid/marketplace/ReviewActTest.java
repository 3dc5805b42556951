package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewActTest {

    @Test
    void approvingApprovesPendingAndReinstatesSuspended() {
        assertEquals(ReviewAct.APPROVE, ReviewAct.approving("V", VendorProfile.PENDING));
        assertEquals(ReviewAct.REINSTATE, ReviewAct.approving("V", VendorProfile.SUSPENDED));
        assertEquals(VendorProfile.APPROVED, ReviewAct.REINSTATE.to);
        assertEquals("Vendor Profile V is Rejected: only a profile that is Pending Approval or Suspended can be approved.",
                assertThrows(ApiException.class, () -> ReviewAct.approving("V", VendorProfile.REJECTED)).getMessage());
        assertThrows(ApiException.class, () -> ReviewAct.approving("V", VendorProfile.APPROVED));
    }

    @Test
    void rejectOnlyPendingSuspendOnlyApproved() {
        assertEquals(VendorProfile.REJECTED, ReviewAct.REJECT.from("V", VendorProfile.PENDING).to);
        assertEquals(VendorProfile.SUSPENDED, ReviewAct.SUSPEND.from("V", VendorProfile.APPROVED).to);
        assertEquals("Vendor Profile V is Approved: only a profile that is Pending Approval can be rejected.",
                assertThrows(ApiException.class, () -> ReviewAct.REJECT.from("V", VendorProfile.APPROVED)).getMessage());
        assertEquals("Vendor Profile V is Pending Approval: only a profile that is Approved can be suspended.",
                assertThrows(ApiException.class, () -> ReviewAct.SUSPEND.from("V", VendorProfile.PENDING)).getMessage());
    }
}

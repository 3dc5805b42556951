package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiException;

/** What an admin may do to a Vendor Profile: from which status, to which, and how the Audit Log names it. */
enum ReviewAct {

    APPROVE("Approved", VendorProfile.PENDING, VendorProfile.APPROVED),
    REINSTATE("Reinstated", VendorProfile.SUSPENDED, VendorProfile.APPROVED),
    REJECT("Rejected", VendorProfile.PENDING, VendorProfile.REJECTED),
    SUSPEND("Suspended", VendorProfile.APPROVED, VendorProfile.SUSPENDED);

    final String auditAction;
    final String from;
    final String to;

    ReviewAct(String auditAction, String from, String to) {
        this.auditAction = auditAction;
        this.from = from;
        this.to = to;
    }

    /** approve_vendor approves a pending profile and reinstates a suspended one. */
    static ReviewAct approving(String profile, String status) {
        if (APPROVE.from.equals(status)) {
            return APPROVE;
        }
        if (REINSTATE.from.equals(status)) {
            return REINSTATE;
        }
        throw ApiException.validation("Vendor Profile " + profile + " is " + status
                + ": only a profile that is " + APPROVE.from + " or " + REINSTATE.from + " can be approved.");
    }

    /** This act, if the profile's status allows it. */
    ReviewAct from(String profile, String status) {
        if (!from.equals(status)) {
            throw ApiException.validation("Vendor Profile " + profile + " is " + status + ": only a profile that is " + from
                    + " can be " + auditAction.toLowerCase() + ".");
        }
        return this;
    }
}

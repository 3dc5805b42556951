package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.DispatchRelease;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorStatusChanged;
import com.medgrid.platform.validation.Npi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * When a case turns Approved (by a webhook or a poll), in the transaction that records it: the
 * clinician becomes the order's prescriber and the case's prescription lines go on to the pharmacy
 * ({@link DispatchRelease}). Without a clinician NPI nothing can be released: that is logged, and the
 * lines stay with the case for an admin.
 */
@ApplicationScoped
public class MdiApprovals {

    private static final Logger LOG = Logger.getLogger(MdiApprovals.class.getName());

    @Inject
    VendorOrders vendorOrders;
    @Inject
    DispatchRelease release;

    void approved(@Observes VendorStatusChanged change) {
        if (!Mdi.KEY.equals(change.vendor()) || !Mdi.APPROVED.equals(change.vendorStatus())) {
            return;
        }
        String npi = vendorOrders.details(change.vendorOrder()).get(Mdi.CLINICIAN_NPI);
        if (npi == null || !Npi.isValid(npi)) {
            LOG.severe(() -> "MD Integrations approved the case of " + change.dispatch() + " without a valid clinician NPI (" + npi
                    + "): its prescription lines stay with the case.");
            return;
        }
        release.release(change.dispatch(), npi);
    }
}

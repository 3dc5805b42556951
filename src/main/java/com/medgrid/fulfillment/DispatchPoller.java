package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The fallback for missed webhooks: asks vendors whose connectors can poll about dispatches they
 * took and still have not reported tracking for, and records what they say (older news never
 * overwrites newer).
 */
@ApplicationScoped
public class DispatchPoller {

    /** What a poll did: updates applied, and the errors met (one per order). */
    public record Outcome(int applied, List<String> errors) {
    }

    @Inject
    VendorConnectors connectors;
    @Inject
    FulfillmentService fulfillment;
    @Inject
    DispatchLedger ledger;

    /** Polls up to {@code max} open dispatches of a vendor (with one supplier's lines, unless null). */
    public Outcome poll(FulfillmentVendor vendor, String supplier, int max) {
        VendorConnector connector = pollingConnector(vendor);
        if (connector == null) {
            return new Outcome(0, List.of());
        }
        int applied = 0;
        List<String> errors = new ArrayList<>();
        for (SentDispatch dispatch : fulfillment.awaitingTracking(vendor, supplier, max)) {
            try {
                applied += apply(vendor, connector, dispatch);
            } catch (VendorException e) {
                errors.add(dispatch.salesOrder() + ": " + e.getMessage());
            }
        }
        return new Outcome(applied, errors);
    }

    /** Polls one order's dispatch to the vendor now; returns the updates applied. */
    public int pollOrder(FulfillmentVendor vendor, String salesOrder) {
        VendorConnector connector = pollingConnector(vendor);
        return connector == null ? 0 : fulfillment.sent(salesOrder, vendor).map(d -> apply(vendor, connector, d)).orElse(0);
    }

    /** Every vendor whose connector can poll; the timer walks them. */
    public List<FulfillmentVendor> pollingVendors() {
        return java.util.Arrays.stream(FulfillmentVendor.values()).filter(v -> pollingConnector(v) != null).toList();
    }

    private int apply(FulfillmentVendor vendor, VendorConnector connector, SentDispatch dispatch) {
        int applied = 0;
        for (VendorUpdate update : connector.poll(dispatch)) {
            if (ledger.progress(dispatch.salesOrder(), vendor, update)) {
                applied++;
            }
        }
        return applied;
    }

    private VendorConnector pollingConnector(FulfillmentVendor vendor) {
        return connectors.of(vendor).filter(c -> c.capabilities().contains(VendorConnector.Capability.POLL_STATUS)).orElse(null);
    }
}

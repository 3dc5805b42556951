package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks vendors whose connectors can poll about their open orders and records what they say (older
 * news never overwrites newer): for vendors with webhooks it is the fallback for a missed one, until
 * an order has tracking; for the others the only way to hear, until an order settles. Each vendor
 * call happens outside any transaction; each update commits on its own.
 */
@ApplicationScoped
public class DispatchPoller {

    /** What a poll did: updates applied, and the errors met (one per vendor order). */
    public record Outcome(int applied, List<String> errors) {
    }

    /** How long an order the vendor refused to answer about is left out of polls. */
    static final Duration REFUSED_BACKOFF = Duration.ofDays(1);

    @Inject
    Vendors vendors;
    @Inject
    VendorOrders orders;

    /** Polls up to {@code max} of a vendor's open orders (placed through one connection, unless null). */
    public Outcome poll(String vendor, String connection, int max) {
        VendorConnector connector = pollingConnector(vendor);
        if (connector == null) {
            return new Outcome(0, List.of());
        }
        int applied = 0;
        List<String> errors = new ArrayList<>();
        boolean untilTracked = connector.description().can(VendorConnector.Capability.STATUS_WEBHOOKS);
        for (VendorOrderRef order : orders.toPoll(vendor, connection, max, untilTracked)) {
            orders.pollAfter(order.name(), Instant.now());
            try {
                applied += apply(connector, order);
            } catch (VendorException.RateLimited e) {
                errors.add(order.salesOrder() + " (" + order.vendorOrderId() + "): " + e.getMessage());
                break; // the rest waits for the next round rather than spend the vendor's budget on refusals
            } catch (VendorException.Rejected e) {
                // the vendor will not answer about it (an order of an account since replaced, say): ask again tomorrow
                orders.pollAfter(order.name(), Instant.now().plus(REFUSED_BACKOFF));
                errors.add(order.salesOrder() + " (" + order.vendorOrderId() + "): " + e.getMessage());
            } catch (VendorException e) {
                errors.add(order.salesOrder() + " (" + order.vendorOrderId() + "): " + e.getMessage());
            }
        }
        return new Outcome(applied, errors);
    }

    /** Polls one vendor order now; returns the updates applied. */
    public int pollOrder(VendorOrderRef order) {
        VendorConnector connector = pollingConnector(order.vendor());
        return connector == null ? 0 : apply(connector, order);
    }

    /** Every vendor whose connector can poll; the timer walks them. */
    public List<VendorDescription> pollingVendors() {
        return vendors.all().stream().filter(v -> v.can(VendorConnector.Capability.POLL_STATUS)).toList();
    }

    private int apply(VendorConnector connector, VendorOrderRef order) {
        int applied = 0;
        for (VendorUpdate update : connector.poll(order)) {
            if (orders.update(order.name(), update)) {
                applied++;
            }
        }
        return applied;
    }

    private VendorConnector pollingConnector(String vendor) {
        return vendors.connector(vendor).filter(c -> c.description().can(VendorConnector.Capability.POLL_STATUS)).orElse(null);
    }
}

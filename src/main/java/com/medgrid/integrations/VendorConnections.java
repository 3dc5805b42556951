package com.medgrid.integrations;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorOrderRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What every vendor's connector does with its connections, done one way: find the connection that
 * placed an order (to ask the vendor about it), and keep a dispatch's outcome on the connection it
 * went through. Holds no transaction: the vendor's calls run outside any.
 */
@ApplicationScoped
public class VendorConnections {

    @Inject
    ConnectionStore connections;

    /** The connection that placed the order; not configured (the order waits for one) once it was disconnected. */
    public Connection placedBy(VendorOrderRef order, String vendorLabel) {
        return connections.activeByName(order.connection()).orElseThrow(() -> VendorException.notConfigured("The " + vendorLabel
                + " connection that placed " + order.vendorOrderId() + " is no longer connected."));
    }

    /**
     * Runs a dispatch's calls through the connection: a success counts as one order pushed; a refusal
     * of its credentials turns the connection to error for the admins, any other failure is its last
     * error until the next success. The failure goes on to the relay.
     */
    public void dispatching(Connection connection, Runnable calls) {
        try {
            calls.run();
            connections.recordSync(connection.name(), 1, 0, null);
        } catch (VendorException e) {
            if (e.notConfigured()) {
                connections.recordTest(connection.name(), e.getMessage());
            } else {
                connections.recordSync(connection.name(), 0, 0, e.getMessage());
            }
            throw e;
        }
    }
}

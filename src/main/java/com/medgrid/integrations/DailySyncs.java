package com.medgrid.integrations;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.scheduling.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A managed vendor's daily sync (catalog, stock) as its timer runs it: on one cluster member per day
 * (every member's timer fires; one takes the day's lease), only while the platform's connection is
 * connected, and a vendor's refusal recorded as the connection's last error for the admins.
 */
@ApplicationScoped
public class DailySyncs {

    private static final Logger LOG = Logger.getLogger(DailySyncs.class.getName());
    /** Less than a day, so that the next day's firing finds the lease free even with members' clocks a little apart. */
    static final Duration LEASE = Duration.ofHours(23);

    @Inject
    ConnectionStore connections;
    @Inject
    JobLeases leases;

    /** @param sync does the day's work through the connection and says what it did, for the log */
    public void run(String vendor, Function<Connection, String> sync) {
        Optional<Connection> connection = connections.active(vendor, null);
        if (connection.isEmpty() || !leases.take(vendor + " daily sync", LEASE)) {
            return;
        }
        try {
            String done = sync.apply(connection.get());
            LOG.info(() -> vendor + " daily sync: " + done);
        } catch (VendorException e) {
            connections.recordSync(connection.get().name(), 0, 0, "Daily sync: " + e.getMessage());
            LOG.warning(() -> vendor + " daily sync stopped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, vendor + " daily sync failed; tomorrow's runs again", e);
        }
    }
}

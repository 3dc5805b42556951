package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.scheduling.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a day, maps the Exoceuticals catalog and then mirrors its inventory (new variants bring new
 * inventory items), as an admin's sync_catalog and sync_inventory would; their counts show on the
 * connection while they run. Every member's timer fires; one takes the day's lease.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // every Shopify call outside any transaction, each write in its own
public class ExoceuticalsDailySync {

    private static final Logger LOG = Logger.getLogger(ExoceuticalsDailySync.class.getName());
    static final String JOB = "exoceuticals daily sync";
    /** Less than a day, so that the next day's firing finds the lease free even with members' clocks a little apart. */
    private static final Duration LEASE = Duration.ofHours(23);

    @Inject
    ConnectionStore connections;
    @Inject
    JobLeases leases;
    @Inject
    ShopifyCatalogSync catalog;
    @Inject
    ExoceuticalsInventory inventory;

    @Schedule(hour = "4", minute = "20", persistent = false, info = "Exoceuticals daily catalog and inventory sync")
    void daily() {
        Optional<Connection> connection = connections.active(Exoceuticals.KEY, null);
        if (connection.isEmpty() || !leases.take(JOB, LEASE)) {
            return;
        }
        try {
            ShopifyCatalogSync.Result mapped = catalog.sync(ShopifyCatalogSync.Catalog.exoceuticals(connection.get()));
            ExoceuticalsInventory.Result mirrored = inventory.sync(connection.get());
            LOG.info(() -> "Exoceuticals daily sync: " + mapped.matched() + " variants matched, " + mapped.unmatchedCount()
                    + " unmatched; " + mirrored.updated() + " items' inventory mirrored into " + mirrored.warehouse());
        } catch (VendorException e) {
            connections.recordSync(connection.get().name(), 0, 0, "Daily sync: " + e.getMessage());
            LOG.warning(() -> "Exoceuticals daily sync stopped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exoceuticals daily sync failed; tomorrow's runs again", e);
        }
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.integrations.DailySyncs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Once a day, maps the Exoceuticals catalog and then mirrors its inventory (new variants bring new
 * inventory items), as an admin's sync_catalog and sync_inventory would; their counts show on the
 * connection while they run.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // every Shopify call outside any transaction, each write in its own
public class ExoceuticalsDailySync {

    @Inject
    DailySyncs syncs;
    @Inject
    ShopifyCatalogSync catalog;
    @Inject
    ExoceuticalsInventory inventory;

    @Schedule(hour = "4", minute = "20", persistent = false, info = "Exoceuticals daily catalog and inventory sync")
    void daily() {
        syncs.run(Exoceuticals.KEY, connection -> {
            ShopifyCatalogSync.Result mapped = catalog.sync(ShopifyCatalogSync.Catalog.exoceuticals(connection));
            ExoceuticalsInventory.Result mirrored = inventory.sync(connection);
            return mapped.matched() + " variants matched, " + mapped.unmatchedCount() + " unmatched; "
                    + mirrored.updated() + " items' inventory mirrored into " + mirrored.warehouse();
        });
    }
}

package com.medgrid.vendors.pharmaone;

import com.medgrid.integrations.DailySyncs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Once a day, maps the PharmaOne catalog and then mirrors its stock, as an admin's sync_catalog and sync_inventory would. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // every PharmaOne call outside any transaction, each write in its own
public class PharmaOneDailySync {

    @Inject
    DailySyncs syncs;
    @Inject
    PharmaOneCatalog catalog;
    @Inject
    PharmaOneInventory inventory;

    @Schedule(hour = "4", minute = "40", persistent = false, info = "PharmaOne daily catalog and stock sync")
    void daily() {
        syncs.run(PharmaOne.KEY, connection -> {
            PharmaOneCatalog.Result mapped = catalog.sync(connection);
            PharmaOneInventory.Result mirrored = inventory.sync(connection);
            return mapped.matched() + " products matched, " + mapped.unmatchedCount() + " unmatched; "
                    + mirrored.updated() + " items' stock mirrored into " + mirrored.warehouse();
        });
    }
}

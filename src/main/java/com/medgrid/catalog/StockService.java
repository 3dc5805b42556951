package com.medgrid.catalog;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Stock levels per item and warehouse (the Bin rows), changed under a row lock. */
@ApplicationScoped
@Transactional
public class StockService {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    DocumentStore store;

    @Inject
    CurrentUser user;

    /** A stock count: sets the actual quantity, creating the bin when the item is new to the warehouse. */
    public Map<String, Object> reconcile(String itemCode, String warehouse, BigDecimal qty) {
        store.requireLink("Item", Item.class, itemCode);
        store.requireLink("Warehouse", Warehouse.class, warehouse);
        if (qty.signum() < 0) {
            throw ApiException.validation("qty must not be negative.");
        }
        Instant now = Instant.now();
        Bin bin = em.find(Bin.class, Bin.nameOf(itemCode, warehouse), LockModeType.PESSIMISTIC_WRITE);
        if (bin == null) {
            bin = new Bin(itemCode, warehouse, qty);
            bin.created(user.name(), now);
            em.persist(bin);
        } else {
            if (qty.compareTo(bin.getReservedQty()) < 0) {
                throw ApiException.validation("qty " + FieldValues.plain(qty) + " is below the " + FieldValues.plain(bin.getReservedQty())
                        + " reserved for submitted orders of " + itemCode + " in " + warehouse + ".");
            }
            bin.setActualQty(qty);
            bin.modified(user.name(), now);
        }
        return BinDocType.META.render(bin);
    }
}

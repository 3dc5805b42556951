package com.medgrid.catalog;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

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

    @Inject
    Event<StockFellBelowReorderLevel> fellBelow;

    /** Quantity of one item wanted from one warehouse. */
    public record Demand(String itemCode, String warehouse, BigDecimal qty) {
    }

    /**
     * Reserves every demand or none: bins are locked in name order (so concurrent submits cannot
     * deadlock) and each must have enough unreserved stock, else 417 naming the item and warehouse.
     */
    public void reserve(List<Demand> demands) {
        Instant now = Instant.now();
        for (Map.Entry<String, Demand> entry : byBin(demands).entrySet()) {
            Demand demand = entry.getValue();
            Bin bin = em.find(Bin.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            BigDecimal available = bin == null ? BigDecimal.ZERO : bin.available();
            if (available.compareTo(demand.qty()) < 0) {
                throw ApiException.validation("Insufficient stock for item " + demand.itemCode() + " in warehouse "
                        + demand.warehouse() + ": " + FieldValues.plain(available) + " available, "
                        + FieldValues.plain(demand.qty()) + " requested.");
            }
            bin.reserve(demand.qty());
            bin.modified(user.name(), now);
            announceCrossing(bin, available);
        }
    }

    /** Releases what {@link #reserve} took for the same demands. */
    public void release(List<Demand> demands) {
        Instant now = Instant.now();
        for (Map.Entry<String, Demand> entry : byBin(demands).entrySet()) {
            Bin bin = em.find(Bin.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (bin != null) {
                bin.release(entry.getValue().qty());
                bin.modified(user.name(), now);
            }
        }
    }

    /**
     * Tells observers (low-stock webhooks) when a bin's available quantity (actual − reserved, per
     * warehouse) has just gone below its item's {@code reorder_level}: once per crossing, not on
     * every change while it stays below. A reorder level of 0 means none is set.
     */
    private void announceCrossing(Bin bin, BigDecimal availableBefore) {
        BigDecimal level = em.find(Item.class, bin.getItemCode()).getReorderLevel();
        BigDecimal available = bin.available();
        if (level.signum() > 0 && availableBefore.compareTo(level) >= 0 && available.compareTo(level) < 0) {
            fellBelow.fire(new StockFellBelowReorderLevel(bin.getItemCode(), bin.getWarehouse(), available, level));
        }
    }

    /** Demands summed per bin, in bin-name order. */
    private static SortedMap<String, Demand> byBin(List<Demand> demands) {
        SortedMap<String, Demand> bins = new TreeMap<>();
        for (Demand d : demands) {
            bins.merge(Bin.nameOf(d.itemCode(), d.warehouse()), d,
                    (a, b) -> new Demand(a.itemCode(), a.warehouse(), a.qty().add(b.qty())));
        }
        return bins;
    }

    /**
     * Copies an item's {@code disabled} to its bins (see {@link Bin}), in the transaction that changes
     * the item; a bulk update fires no entity listener, the item's own write announces the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemDisabled(String itemCode, boolean disabled) {
        em.createNamedQuery(Bin.SET_ITEM_DISABLED).setParameter("disabled", disabled).setParameter("item", itemCode).executeUpdate();
    }

    /** A stock count: sets the actual quantity, creating the bin when the item is new to the warehouse. */
    public Map<String, Object> reconcile(String itemCode, String warehouse, BigDecimal qty) {
        if (qty.signum() < 0) {
            throw ApiException.validation("qty must not be negative.");
        }
        return BinDocType.META.render(setActual(itemCode, warehouse, bin -> {
            if (qty.compareTo(bin.getReservedQty()) < 0) {
                throw ApiException.validation("qty " + FieldValues.plain(qty) + " is below the " + FieldValues.plain(bin.getReservedQty())
                        + " reserved for submitted orders of " + itemCode + " in " + warehouse + ".");
            }
            return qty;
        }, user.name()));
    }

    /**
     * A vendor's own count of what it can still sell from its warehouse (Shopify's "available", which
     * already leaves out what MedGrid's placed orders committed): the bin's available quantity becomes
     * it, so the actual quantity is that plus what submitted orders reserve here. A negative count
     * (the vendor oversold) is none.
     */
    public void mirror(String itemCode, String warehouse, BigDecimal vendorAvailable, String actor) {
        BigDecimal available = vendorAvailable.max(BigDecimal.ZERO);
        setActual(itemCode, warehouse, bin -> available.add(bin.getReservedQty()), actor);
    }

    /** A bin's actual quantity before and after a change. */
    public record ActualChange(BigDecimal before, BigDecimal after) {
    }

    /**
     * A change relative to the stock there is (an approved stock update request): {@code change} makes the new
     * actual quantity from the locked bin's actual and reserved quantities (both 0 for an item new to the
     * warehouse, whose bin is then created) and throws to refuse it. Like every other change it announces a fall
     * below the reorder level.
     */
    public ActualChange adjust(String itemCode, String warehouse, BinaryOperator<BigDecimal> change, String actor) {
        Bin locked = em.find(Bin.class, Bin.nameOf(itemCode, warehouse), LockModeType.PESSIMISTIC_WRITE);
        BigDecimal before = locked == null ? BigDecimal.ZERO : actualOf(locked);
        Bin bin = setActual(itemCode, warehouse, b -> change.apply(actualOf(b), b.getReservedQty()), actor);
        return new ActualChange(before, actualOf(bin));
    }

    private static BigDecimal actualOf(Bin bin) {
        return bin.available().add(bin.getReservedQty());
    }

    /** Sets the actual quantity that {@code qty} gives for the bin (locked), creating it when the item is new to the warehouse. */
    private Bin setActual(String itemCode, String warehouse, java.util.function.Function<Bin, BigDecimal> qty, String actor) {
        store.requireLink("Item", Item.class, itemCode);
        store.requireLink("Warehouse", Warehouse.class, warehouse);
        Instant now = Instant.now();
        Bin bin = em.find(Bin.class, Bin.nameOf(itemCode, warehouse), LockModeType.PESSIMISTIC_WRITE);
        if (bin == null) {
            bin = new Bin(itemCode, warehouse, BigDecimal.ZERO);
            bin.setActualQty(qty.apply(bin));
            bin.itemDisabled(em.find(Item.class, itemCode).isDisabled());
            bin.created(actor, now);
            em.persist(bin);
        } else {
            BigDecimal before = bin.available();
            bin.setActualQty(qty.apply(bin));
            bin.modified(actor, now);
            announceCrossing(bin, before);
        }
        return bin;
    }
}

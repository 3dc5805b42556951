package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vendors' orders: recorded step by step as connectors place them, found exactly by the
 * vendor's id or MedGrid's reference, and updated with the vendors' news (never backwards).
 */
@ApplicationScoped
@Transactional
public class VendorOrders {

    /** Statuses after which a vendor order has nothing more to report (a review that approved or declined is over too). */
    static final Set<String> SETTLED = Set.of("Delivered", "Completed", "Cancelled", "Refunded", "Failed", "Approved", "Declined");

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    DispatchEvents events;
    @Inject
    Vendors vendors;

    /** The order a step of a dispatch placed already, if it did: a retry skips that step. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VendorOrderRef> placed(String dispatch, String step) {
        return Optional.ofNullable(em.find(VendorOrder.class, VendorOrder.nameOf(dispatch, step))).map(VendorOrder::ref);
    }

    /**
     * Records an order the vendor confirmed. Connectors call it outside any transaction (the relay
     * has none), so it commits at once: if a later step of the dispatch fails, this one stays done
     * and is not placed again. Recording the same step twice keeps the first.
     */
    public VendorOrderRef record(String dispatch, PlacedOrder placed) {
        Dispatch owner = DispatchLocks.dispatch(em, dispatch);
        VendorOrder known = em.find(VendorOrder.class, VendorOrder.nameOf(dispatch, placed.step()));
        if (known != null) {
            return known.ref();
        }
        VendorOrder order = new VendorOrder(owner, placed, Instant.now());
        em.persist(order);
        events.progressed(order);
        return order.ref();
    }

    /**
     * The vendor's order with this id, exactly. Ids are unique within one vendor account, so a vendor
     * whose webhooks say which connection they belong to narrows the search to it (null: any).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VendorOrderRef> byVendorId(String vendor, String connection, String vendorOrderId) {
        var query = connection == null ? em.createNamedQuery(VendorOrder.BY_VENDOR_ID, VendorOrder.class)
                : em.createNamedQuery(VendorOrder.BY_CONNECTION_VENDOR_ID, VendorOrder.class).setParameter("connection", connection);
        return query.setParameter("vendor", vendor).setParameter("id", vendorOrderId)
                .setMaxResults(1).getResultStream().findFirst().map(VendorOrder::ref);
    }

    /** The vendor's orders placed under a reference MedGrid sent (the order name, for vendors that echo it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VendorOrderRef> byReference(String vendor, String reference) {
        return em.createNamedQuery(VendorOrder.BY_REFERENCE, VendorOrder.class).setParameter("vendor", vendor)
                .setParameter("reference", reference).getResultStream().map(VendorOrder::ref).toList();
    }

    /**
     * Up to {@code max} of a vendor's orders (placed through one connection, unless null) to ask the
     * vendor about now, least recently asked first: those without tracking yet ({@code untilTracked},
     * for vendors whose webhooks say the rest), or else all that have not settled.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VendorOrderRef> toPoll(String vendor, String connection, int max, boolean untilTracked) {
        // one query, narrowed in the database (not after loading every open order of the vendor)
        String jpql = "SELECT v FROM VendorOrder v WHERE v.vendor = :vendor AND (v.status IS NULL OR v.status NOT IN :settled)"
                + " AND (v.pollAfter IS NULL OR v.pollAfter <= :now)"
                + (untilTracked ? " AND v.trackingNumber IS NULL" : "")
                + (connection == null ? "" : " AND v.connection = :connection")
                + " ORDER BY COALESCE(v.pollAfter, v.placedAt), v.name";
        var query = em.createQuery(jpql, VendorOrder.class).setParameter("vendor", vendor).setParameter("settled", SETTLED)
                .setParameter("now", Instant.now()).setMaxResults(max);
        if (connection != null) {
            query.setParameter("connection", connection);
        }
        return query.getResultStream().map(VendorOrder::ref).toList();
    }

    /** Notes when the vendor may be asked about this order again (it is being asked now, whatever it answers). */
    public void pollAfter(String vendorOrder, Instant next) {
        VendorOrder order = em.find(VendorOrder.class, vendorOrder);
        if (order != null) {
            order.pollAfter(next);
        }
    }

    /**
     * Applies a vendor's news to one of its orders under a row lock, unless newer news is recorded:
     * by the vendor's event times, and by its lifecycle ({@link VendorDescription#lifecycle}).
     *
     * @return whether anything was applied
     */
    public boolean update(String vendorOrder, VendorUpdate update) {
        VendorOrder order = DispatchLocks.vendorOrder(em, vendorOrder);
        if (order == null || !order.update(update, vendors.byKey(order.ref().vendor()).orElse(Vendors.MANUAL), Instant.now())) {
            return false;
        }
        events.progressed(order);
        return true;
    }

    /** The vendor-specific details recorded on one of the vendor's orders (empty when there is no such order). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> details(String vendorOrder) {
        return Optional.ofNullable(em.find(VendorOrder.class, vendorOrder)).map(VendorOrder::details).orElse(Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<VendorOrder> ofDispatch(String dispatch) {
        return em.createNamedQuery(VendorOrder.OF_DISPATCH, VendorOrder.class).setParameter("dispatch", dispatch).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<VendorOrder> ofOrders(java.util.Collection<String> salesOrders) {
        return salesOrders.isEmpty() ? List.of()
                : em.createNamedQuery(VendorOrder.OF_ORDERS, VendorOrder.class).setParameter("orders", salesOrders).getResultList();
    }
}

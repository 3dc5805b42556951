package com.medgrid.selling;

import com.medgrid.marketplace.VendorDashboardSection;
import com.medgrid.platform.api.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest submitted orders with lines of the vendor, with the total and quantity of those lines only,
 * as {@link VendorOrderView} shows them; the rest of the order is not the vendor's to see.
 */
@ApplicationScoped
public class VendorRecentOrders implements VendorDashboardSection {

    static final int LIMIT = 10;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    public String key() {
        return "recent_orders";
    }

    @Override
    public List<Map<String, Object>> forVendor(String vendorProfile) {
        return em.createQuery("SELECT o.name, o.transactionDate, o.customer, o.status, o.currency, SUM(l.amount), SUM(l.qty)"
                        + " FROM SalesOrderItem l JOIN l.salesOrder o WHERE l.vendor = :vendor AND o.docstatus = 1"
                        + " GROUP BY o.name, o.transactionDate, o.customer, o.status, o.currency, o.creation"
                        + " ORDER BY o.transactionDate DESC, o.creation DESC, o.name DESC", Object[].class)
                .setParameter("vendor", vendorProfile).setMaxResults(LIMIT).getResultStream().map(VendorRecentOrders::row).toList();
    }

    private static Map<String, Object> row(Object[] r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", r[0]);
        row.put("transaction_date", FieldValues.toWire(r[1]));
        row.put("customer", r[2]);
        row.put("status", r[3]);
        row.put("currency", r[4]);
        row.put("own_total", FieldValues.toWire(r[5]));
        row.put("own_qty", FieldValues.toWire(r[6]));
        return row;
    }
}

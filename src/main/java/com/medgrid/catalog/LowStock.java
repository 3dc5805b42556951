package com.medgrid.catalog;

import com.medgrid.marketplace.VendorDashboardSection;
import com.medgrid.platform.api.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor's items whose available quantity (actual − reserved) in a warehouse is below the item's
 * {@code reorder_level} (0: none set), the same rule as the low-stock event; disabled items are not sold,
 * so not listed.
 */
@ApplicationScoped
public class LowStock implements VendorDashboardSection {

    /** A dashboard shows the scarcest first; more than this many is a catalog problem, not a to-do list. */
    static final int LIMIT = 50;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    public String key() {
        return "low_stock";
    }

    @Override
    public List<Map<String, Object>> forVendor(String vendorProfile) {
        return em.createQuery("SELECT b.itemCode, i.itemName, b.warehouse, b.actualQty, b.reservedQty, i.reorderLevel"
                        + " FROM Bin b, Item i WHERE i.name = b.itemCode AND i.defaultSupplier = :vendor AND i.disabled = FALSE"
                        + " AND i.reorderLevel > 0 AND b.actualQty - b.reservedQty < i.reorderLevel"
                        + " ORDER BY b.projectedQty, b.itemCode, b.warehouse", Object[].class)
                .setParameter("vendor", vendorProfile).setMaxResults(LIMIT).getResultStream().map(LowStock::row).toList();
    }

    private static Map<String, Object> row(Object[] r) {
        BigDecimal actual = (BigDecimal) r[3];
        BigDecimal reserved = (BigDecimal) r[4];
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("item_code", r[0]);
        row.put("item_name", r[1]);
        row.put("warehouse", r[2]);
        row.put("actual_qty", FieldValues.plain(actual));
        row.put("reserved_qty", FieldValues.plain(reserved));
        row.put("available_qty", FieldValues.plain(actual.subtract(reserved)));
        row.put("reorder_level", FieldValues.plain((BigDecimal) r[5]));
        return row;
    }
}

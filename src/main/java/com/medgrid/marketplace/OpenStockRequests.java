package com.medgrid.marketplace;

import com.medgrid.platform.api.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The vendor's Stock Update Requests still waiting for an officer, newest first. */
@ApplicationScoped
public class OpenStockRequests implements VendorDashboardSection {

    /** A dashboard shows the latest; the rest are in {@code /api/resource/Stock Update Request}. */
    static final int LIMIT = 20;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    public String key() {
        return "open_stock_requests";
    }

    @Override
    public List<Map<String, Object>> forVendor(String vendorProfile) {
        return em.createNamedQuery(StockUpdateRequest.OPEN_OF_VENDOR, Object[].class).setParameter("vendor", vendorProfile)
                .setMaxResults(LIMIT).getResultStream().map(OpenStockRequests::row).toList();
    }

    private static Map<String, Object> row(Object[] r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", r[0]);
        row.put("item", r[1]);
        row.put("action", r[2]);
        row.put("warehouse", r[3]);
        row.put("quantity", FieldValues.toWire(r[4]));
        row.put("reason", r[5]);
        row.put("creation", FieldValues.toWire(r[6]));
        return row;
    }
}

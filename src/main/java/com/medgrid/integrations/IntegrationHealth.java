package com.medgrid.integrations;

import com.medgrid.marketplace.VendorDashboardSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The vendor's integrations as {@code /portal/integrations} lists them, cut to whether each works. */
@ApplicationScoped
public class IntegrationHealth implements VendorDashboardSection {

    @Inject
    IntegrationService integrations;

    @Override
    public String key() {
        return "integrations";
    }

    @Override
    public List<Map<String, Object>> forVendor(String vendorProfile) {
        return integrations.connections(vendorProfile).stream().map(IntegrationHealth::health).toList();
    }

    /** A syncing connection is a connected one at work. */
    private static Map<String, Object> health(Map<String, Object> connection) {
        Object status = connection.get("status");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", connection.get("id"));
        row.put("label", connection.get("label"));
        row.put("connected", IntegrationConnection.CONNECTED.equals(status) || IntegrationConnection.SYNCING.equals(status));
        row.put("status", status);
        row.put("last_sync_at", connection.get("last_sync_at"));
        row.put("last_error", connection.get("last_error"));
        return row;
    }
}

package com.medgrid.vendors.pharmaone;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.catalog.StockService;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code sync_inventory}: pages through the org's PharmaOne stock and mirrors what each Item with a
 * {@code pharmaone_product_id} has available into the PharmaOne warehouse's Bin, through the stock
 * service (so what submitted orders reserve there stays reserved). An item PharmaOne lists no stock
 * for has none. Each Item is written in its own transaction, after the calls that read it.
 */
@ApplicationScoped
public class PharmaOneInventory {

    private static final String ACTOR = "Administrator";

    /** @param updated how many Items were mirrored */
    record Result(int updated, String warehouse) {
    }

    @Inject
    PharmaOneCalls calls;
    @Inject
    ItemMappings items;
    @Inject
    StockService stock;
    @Inject
    ConnectionStore connections;
    @Inject
    @ConfigProperty(name = "medgrid.pharmaone.warehouse", defaultValue = "PharmaOne Pharmacy - SM")
    String warehouse;

    Result sync(Connection connection) {
        return connections.whileSyncing(connection.name(), () -> mirror(connection));
    }

    private Result mirror(Connection connection) {
        Map<String, BigDecimal> available = new HashMap<>();
        PharmaOnePages.each(page -> calls.inventory(connection.credentials(), page, PharmaOnePages.LIMIT), rows -> {
            for (JsonObject row : rows) {
                if (row.get("available") instanceof JsonNumber quantity && !row.getString("product_id", "").isBlank()) {
                    available.merge(row.getString("product_id"), quantity.bigDecimalValue(), BigDecimal::add);
                }
            }
            connections.syncProgress(connection.name(), Map.of("inventory_rows", available.size()));
        });
        Map<String, String> mapped = items.withField(PharmaOne.PRODUCT_ID);
        int updated = 0;
        for (Map.Entry<String, String> item : mapped.entrySet()) {
            stock.mirror(item.getKey(), warehouse, available.getOrDefault(item.getValue(), BigDecimal.ZERO), ACTOR);
            updated++;
        }
        return new Result(updated, warehouse);
    }
}

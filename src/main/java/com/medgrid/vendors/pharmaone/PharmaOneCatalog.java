package com.medgrid.vendors.pharmaone;

import com.medgrid.catalog.ItemMappings;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code sync_catalog}: pages through the shop's PharmaOne products and writes each product's id as
 * {@code pharmaone_product_id} onto the Item whose code is the product's SKU. Items are never
 * created: catalog membership is curated; products whose SKU matches no Item are counted and logged
 * (the first {@value #UNMATCHED_SHOWN} also answered). Each page is written after its call, in its
 * own transaction.
 */
@ApplicationScoped
public class PharmaOneCatalog {

    private static final Logger LOG = Logger.getLogger(PharmaOneCatalog.class.getName());
    static final int UNMATCHED_SHOWN = 50;
    private static final String ACTOR = "Administrator";

    record Result(int matched, int unmatchedCount, List<String> unmatchedSkus) {
    }

    @Inject
    PharmaOneCalls calls;
    @Inject
    ItemMappings items;
    @Inject
    ConnectionStore connections;

    Result sync(Connection connection) {
        return connections.whileSyncing(connection.name(), () -> pages(connection));
    }

    private Result pages(Connection connection) {
        int[] counts = new int[2];
        List<String> unmatched = new ArrayList<>();
        PharmaOnePages.each(page -> calls.products(connection.credentials(), page, PharmaOnePages.LIMIT), products -> {
            Map<String, JsonObject> bySku = new LinkedHashMap<>();
            products.stream().filter(p -> !p.getString("sku", "").isBlank() && !p.getString("id", "").isBlank())
                    .forEach(p -> bySku.put(p.getString("sku").trim(), ApiJson.JSON.createObjectBuilder()
                            .add(PharmaOne.PRODUCT_ID, p.getString("id")).build()));
            Set<String> linked = items.link(bySku, null, ACTOR);
            counts[0] += linked.size();
            counts[1] += products.size() - linked.size();
            bySku.keySet().stream().filter(sku -> !linked.contains(sku)).limit(UNMATCHED_SHOWN - (long) unmatched.size()).forEach(unmatched::add);
            connections.syncProgress(connection.name(), Map.of("products_seen", counts[0] + counts[1], "matched", counts[0]));
        });
        LOG.info(() -> "PharmaOne catalog sync: " + counts[1] + " products matched no Item by SKU; first ones: " + unmatched);
        return new Result(counts[0], counts[1], unmatched);
    }
}

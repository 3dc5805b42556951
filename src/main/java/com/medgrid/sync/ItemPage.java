package com.medgrid.sync;

import jakarta.json.Json;
import org.eclipse.microprofile.graphql.GraphQLException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page of items refers to, read for the whole page the first time any of its items asks, and
 * only if one asks: stock with one query, rates with one query per price list. So a page costs a query
 * or two whatever its size, never one per row.
 */
final class ItemPage {

    private final SyncPages pages;
    private final List<String> codes;
    private Map<String, List<StockLevel>> stock;
    private final Map<String, Map<String, BigDecimal>> rates = new HashMap<>();

    ItemPage(SyncPages pages, List<String> codes) {
        this.pages = pages;
        this.codes = codes;
    }

    synchronized List<StockLevel> stock(String itemCode) throws GraphQLException {
        if (stock == null) {
            stock = Refusals.shown(this::readStock);
        }
        return stock.getOrDefault(itemCode, List.of());
    }

    synchronized BigDecimal rate(String itemCode, String priceList) throws GraphQLException {
        if (!rates.containsKey(priceList)) {
            rates.put(priceList, Refusals.shown(() -> readRates(priceList)));
        }
        return rates.get(priceList).get(itemCode);
    }

    private Map<String, List<StockLevel>> readStock() {
        Map<String, List<StockLevel>> byItem = new HashMap<>();
        pages.whereIn("Bin", List.of("item_code", "warehouse", "actual_qty", "reserved_qty"), "item_code", codes, Json.createArrayBuilder().build())
                .forEach(bin -> byItem.computeIfAbsent((String) bin.get("item_code"), code -> new ArrayList<>())
                        .add(new StockLevel((String) bin.get("warehouse"),
                                ((BigDecimal) bin.get("actual_qty")).subtract((BigDecimal) bin.get("reserved_qty")))));
        return byItem;
    }

    private Map<String, BigDecimal> readRates(String priceList) {
        Map<String, BigDecimal> byItem = new HashMap<>();
        pages.whereIn("Item Price", List.of("item_code", "price_list_rate"), "item_code", codes,
                        Json.createArrayBuilder().add(SyncPages.condition("price_list", "=", priceList)).build())
                .forEach(price -> byItem.put((String) price.get("item_code"), (BigDecimal) price.get("price_list_rate")));
        return byItem;
    }
}

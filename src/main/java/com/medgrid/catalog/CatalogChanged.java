package com.medgrid.catalog;

/**
 * Fired (CDI event) for every write to an entity catalog answers depend on ({@link CatalogChangeListener}), so that cached catalog answers can be
 * dropped once the transaction commits. {@code warehouse} is set for a stock change (a Bin), which
 * only touches that warehouse's answers.
 */
public record CatalogChanged(Class<?> entity, String warehouse) {

    boolean isStockOnly() {
        return warehouse != null;
    }
}

package com.medgrid.catalog;

/**
 * Fired (CDI event) by {@link CatalogChangeListener} for every write to an entity that catalog
 * answers depend on, so that cached answers can be dropped once the transaction commits.
 * {@code warehouse} is set for a stock change (a Bin), which only touches that warehouse's answers.
 */
public record CatalogChanged(Class<?> entity, String warehouse) {

    boolean isStockOnly() {
        return warehouse != null;
    }
}

package com.medgrid.catalog;

/** Fired (CDI event) when warehouses or settings change, so cached catalog answers are dropped. */
public record CatalogChanged(String doctype) {
}

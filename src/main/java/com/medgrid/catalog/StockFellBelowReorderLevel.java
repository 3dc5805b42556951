package com.medgrid.catalog;

import java.math.BigDecimal;

/**
 * CDI event fired inside the transaction that took a bin's available quantity below its item's
 * reorder level (see {@link StockService}); for {@code inventory.low_stock} webhooks.
 */
public record StockFellBelowReorderLevel(String itemCode, String warehouse, BigDecimal available, BigDecimal reorderLevel) {
}

package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

/** What a warehouse can still promise of an item: its stock less what submitted orders reserve. */
@Type("StockLevel")
public class StockLevel {

    private final String warehouse;
    private final BigDecimal availableQty;

    StockLevel(String warehouse, BigDecimal availableQty) {
        this.warehouse = warehouse;
        this.availableQty = availableQty;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public BigDecimal getAvailableQty() {
        return availableQty;
    }
}

package com.medgrid.selling;

import java.util.List;

/**
 * CDI event fired inside the submitting transaction, so that observers (the fulfilment outbox)
 * write in the same transaction as the order. Carries what routing needs, not the entity.
 */
public record SalesOrderSubmitted(String salesOrder, String customer, List<Line> lines) {

    /** One submitted line. */
    public record Line(String itemCode, String warehouse, java.math.BigDecimal qty, String vendor) {
    }
}

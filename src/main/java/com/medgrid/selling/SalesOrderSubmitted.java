package com.medgrid.selling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * CDI event fired inside the submitting transaction, so that observers (the fulfilment outbox)
 * write in the same transaction as the order. Carries what routing needs, not the entity:
 * {@code prescribed} says whether the order names a prescriber. Routing may refuse the order (a
 * prescription line no rule may take without a prescriber), which rolls the submission back.
 * {@code grandTotal} and {@code transactionDate} are for the sales team's credit.
 */
public record SalesOrderSubmitted(String salesOrder, String customer, String submittedBy, boolean prescribed, BigDecimal grandTotal,
                                  LocalDate transactionDate, List<Line> lines) {

    /** One submitted line; {@code name} is its row name, {@code vendor} the Vendor Profile selling it. */
    public record Line(String name, String itemCode, String itemName, BigDecimal qty, BigDecimal rate, String warehouse,
                       String vendor) {
    }
}

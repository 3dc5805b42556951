package com.medgrid.fulfillment;

import java.math.BigDecimal;
import java.util.List;

/** What a connector sends: one order's lines for its vendor, as they were when the order was submitted. */
public record DispatchRequest(String dispatch, String salesOrder, String vendor, List<Line> lines) {

    /** {@code supplier}: the Vendor Profile selling the line (null when none is set on the item). */
    public record Line(String salesOrderItem, String itemCode, String itemName, BigDecimal qty, BigDecimal rate,
                       String warehouse, String supplier) {

        /** The quantity as a whole number of units, for vendors that sell no fractions; a refusal naming {@code vendor} otherwise. */
        public int wholeUnits(String vendor) {
            try {
                return qty.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                throw VendorException.rejected(vendor + " takes whole units; " + itemCode + " has quantity " + qty.toPlainString() + ".");
            }
        }
    }
}

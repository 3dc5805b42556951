package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.FieldValues;

import java.math.BigDecimal;

/** One requested change of an item's stock in a warehouse, as the approval applies it to the bin. */
record StockUpdate(String item, String warehouse, StockUpdateAction action, BigDecimal quantity) {

    StockUpdate {
        action.checkQuantity(quantity);
    }

    /**
     * The bin's actual quantity after this update; 417 when it would leave less than submitted orders
     * have reserved there, because those orders must still be fillable.
     */
    BigDecimal actualAfter(BigDecimal actual, BigDecimal reserved) {
        BigDecimal after = action.apply(actual, quantity);
        if (after.compareTo(reserved) < 0) {
            throw ApiException.validation(action + " " + FieldValues.plain(quantity) + " of " + item + " in " + warehouse
                    + " would leave " + FieldValues.plain(after) + ", below the " + FieldValues.plain(reserved)
                    + " reserved for submitted orders.");
        }
        return after;
    }

    /** For the Audit Log: what is asked. */
    String describe() {
        return action + " " + FieldValues.plain(quantity) + " of " + item + " in " + warehouse;
    }

    /** For the Audit Log: what was applied and how the actual quantity moved. */
    String describe(BigDecimal before, BigDecimal after) {
        return describe() + ": actual_qty " + FieldValues.plain(before) + " → " + FieldValues.plain(after);
    }
}

package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.FieldValues;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a Stock Update Request does to a bin's actual quantity, spelled as the API spells it. */
public enum StockUpdateAction {

    Add {
        @Override
        BigDecimal apply(BigDecimal actual, BigDecimal quantity) {
            return actual.add(quantity);
        }
    },
    Remove {
        @Override
        BigDecimal apply(BigDecimal actual, BigDecimal quantity) {
            return actual.subtract(quantity);
        }
    },
    Set {
        @Override
        BigDecimal apply(BigDecimal actual, BigDecimal quantity) {
            return quantity;
        }

        /** A count of zero is a real count (the shelf is empty); only Add and Remove need something to move. */
        @Override
        void checkQuantity(BigDecimal quantity) {
            if (quantity.signum() < 0) {
                throw ApiException.validation("quantity must not be negative for Set, got " + FieldValues.plain(quantity) + ".");
            }
        }
    };

    /** The actual quantity after this action of {@code quantity} on {@code actual}. */
    abstract BigDecimal apply(BigDecimal actual, BigDecimal quantity);

    /** 417 unless {@code quantity} makes sense for this action. */
    void checkQuantity(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw ApiException.validation("quantity must be greater than 0 for " + name() + ", got " + FieldValues.plain(quantity) + ".");
        }
    }

    /** The action named {@code text} exactly (Frappe Select values are case-sensitive); 417 for any other. */
    static StockUpdateAction of(String text) {
        return Arrays.stream(values()).filter(a -> a.name().equals(text)).findFirst()
                .orElseThrow(() -> ApiException.validation("action must be one of " + Arrays.stream(values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + ", got " + text + "."));
    }
}

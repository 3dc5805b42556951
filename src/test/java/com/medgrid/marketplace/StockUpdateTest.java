package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules of a stock update: which quantities each action takes, and the result never below what is reserved. */
class StockUpdateTest {

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    private static StockUpdate update(StockUpdateAction action, String quantity) {
        return new StockUpdate("VD3", "Main - SM", action, qty(quantity));
    }

    private static void assertQty(String expected, BigDecimal actual) {
        assertEquals(0, qty(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }

    private static ApiException refused(Runnable act) {
        ApiException e = assertThrows(ApiException.class, act::run);
        assertEquals(ApiError.VALIDATION, e.error());
        return e;
    }

    @Test
    void addRaisesRemoveLowersAndSetReplacesTheActualQuantity() {
        assertQty("15", update(StockUpdateAction.Add, "5").actualAfter(qty("10"), qty("2")));
        assertQty("7", update(StockUpdateAction.Remove, "3").actualAfter(qty("10"), qty("2")));
        assertQty("4", update(StockUpdateAction.Set, "4").actualAfter(qty("10"), qty("2")));
        assertQty("2.5", update(StockUpdateAction.Add, "2.5").actualAfter(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void theResultMayEqualTheReservedQuantityButNotGoBelowIt() {
        assertQty("2", update(StockUpdateAction.Remove, "8").actualAfter(qty("10"), qty("2")));
        assertQty("0", update(StockUpdateAction.Set, "0").actualAfter(qty("10"), qty("0")));

        String removal = refused(() -> update(StockUpdateAction.Remove, "9").actualAfter(qty("10"), qty("2"))).getMessage();
        assertTrue(removal.contains("would leave 1, below the 2 reserved"), removal);
        String count = refused(() -> update(StockUpdateAction.Set, "1").actualAfter(qty("10"), qty("3"))).getMessage();
        assertTrue(count.contains("would leave 1, below the 3 reserved"), count);
        refused(() -> update(StockUpdateAction.Remove, "1").actualAfter(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void addAndRemoveNeedAPositiveQuantitySetANonNegativeOne() {
        refused(() -> update(StockUpdateAction.Add, "0"));
        refused(() -> update(StockUpdateAction.Add, "-1"));
        refused(() -> update(StockUpdateAction.Remove, "0"));
        String negativeCount = refused(() -> update(StockUpdateAction.Set, "-1")).getMessage();
        assertTrue(negativeCount.contains("must not be negative for Set"), negativeCount);
        assertQty("0", update(StockUpdateAction.Set, "0").quantity());
    }

    @Test
    void actionsAreTheThreeSelectValuesExactly() {
        assertEquals(StockUpdateAction.Remove, StockUpdateAction.of("Remove"));
        String unknown = refused(() -> StockUpdateAction.of("add")).getMessage();
        assertTrue(unknown.contains("action must be one of Add, Remove, Set, got add."), unknown);
    }

    @Test
    void theAuditDetailsSayWhatMovedFromWhatToWhat() {
        assertEquals("Remove 3 of VD3 in Main - SM: actual_qty 10 → 7",
                update(StockUpdateAction.Remove, "3.000").describe(qty("10.000000"), qty("7.000000")));
    }
}

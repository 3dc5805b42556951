package com.medgrid.platform.db;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnLimitsTest {

    private static final ColumnLimits.Limit QTY = new ColumnLimits.Limit(Types.NUMERIC, 18, 6);
    private static final ColumnLimits.Limit CURRENCY = new ColumnLimits.Limit(Types.VARCHAR, 3, 0);

    @Test
    void numbersThatFitTheColumnPass() {
        assertTrue(ColumnLimits.problem(QTY, new BigDecimal("999999999999.999999")).isEmpty());
        assertTrue(ColumnLimits.problem(QTY, new BigDecimal("0.000001")).isEmpty());
        assertTrue(ColumnLimits.problem(QTY, new BigDecimal("12.500000000")).isEmpty(), "trailing zeros are not precision");
        assertTrue(ColumnLimits.problem(QTY, new BigDecimal("1E+11")).isEmpty());
    }

    @Test
    void numbersTheColumnWouldRefuseOrRoundAreRefused() {
        assertEquals("1E+13 is too large: at most 12 digits before the decimal point",
                ColumnLimits.problem(QTY, new BigDecimal("1E+13")).orElseThrow());
        assertTrue(ColumnLimits.problem(QTY, new BigDecimal("1E+400")).isPresent());
        assertEquals("1E-7 has more than 6 decimal places", ColumnLimits.problem(QTY, new BigDecimal("0.0000001")).orElseThrow());
    }

    @Test
    void textLongerThanItsColumnOrWithNulIsRefused() {
        assertTrue(ColumnLimits.problem(CURRENCY, "USD").isEmpty());
        assertEquals("is too long: 4 characters, at most 3", ColumnLimits.problem(CURRENCY, "ABCD").orElseThrow());
        assertTrue(ColumnLimits.problem(CURRENCY, "U\u0000D").isPresent());
    }

    @Test
    void datesOutsideWhatDatabasesStoreAreRefused() {
        ColumnLimits.Limit date = new ColumnLimits.Limit(Types.DATE, 10, 0);
        assertTrue(ColumnLimits.problem(date, LocalDate.of(2026, 11, 29)).isEmpty());
        assertTrue(ColumnLimits.problem(date, LocalDate.of(10000, 1, 1)).isPresent());
    }
}

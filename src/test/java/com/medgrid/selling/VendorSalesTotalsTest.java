package com.medgrid.selling;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VendorSalesTotalsTest {

    @Test
    void bothWindowsSideBySidePerCurrencyAndZeroWhereAWindowSoldNothing() {
        List<Object[]> monthToDate = List.<Object[]>of(new Object[] {"USD", new BigDecimal("120.500000"), 3L});
        List<Object[]> last30Days = List.of(new Object[] {"USD", new BigDecimal("300.00"), 5L}, new Object[] {"EUR", new BigDecimal("1E+2"), 1L});
        List<Map<String, Object>> rows = VendorSalesTotals.rows(monthToDate, last30Days);
        assertEquals(List.of(
                Map.of("currency", "EUR", "mtd_total", BigDecimal.ZERO, "mtd_orders", 0L,
                        "last_30_days_total", new BigDecimal("100"), "last_30_days_orders", 1L),
                Map.of("currency", "USD", "mtd_total", new BigDecimal("120.5"), "mtd_orders", 3L,
                        "last_30_days_total", new BigDecimal("300"), "last_30_days_orders", 5L)), rows);
        assertEquals(List.of("currency", "mtd_total", "last_30_days_total", "mtd_orders", "last_30_days_orders"),
                List.copyOf(rows.get(0).keySet()));
    }

    @Test
    void nothingSoldIsNoRow() {
        assertEquals(List.of(), VendorSalesTotals.rows(List.of(), List.of()));
    }
}

package com.medgrid.platform.naming;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NamingPatternTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void salesOrderSeriesCountsPerYear() {
        NamingPattern so = new NamingPattern("SO-.YYYY.-.#####");
        assertEquals("SO-2026-", so.prefix(DAY));
        assertEquals("SO-2026-00001", so.format(DAY, 1));
        assertEquals("SO-2026-00456", so.format(DAY, 456));
        assertEquals("SO-2026-123456", so.format(DAY, 123456));
        assertNotEquals(so.prefix(DAY), so.prefix(DAY.plusYears(1)));
    }

    @Test
    void dateParts() {
        NamingPattern p = new NamingPattern("INV-.YY..MM..DD.-.###");
        assertEquals("INV-260305-", p.prefix(DAY));
        assertEquals("INV-260305-007", p.format(DAY, 7));
    }

    @Test
    void aSeriesNeedsACounter() {
        assertThrows(IllegalArgumentException.class, () -> new NamingPattern("SO-.YYYY."));
    }
}

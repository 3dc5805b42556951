package com.medgrid.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BinTest {

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    @Test
    void reservingLowersWhatIsAvailableAndTheProjection() {
        Bin bin = new Bin("VD3", "Main - SM", qty("10"));
        bin.reserve(qty("4"));
        assertEquals(0, qty("6").compareTo(bin.available()));
        assertEquals(0, qty("4").compareTo(bin.getReservedQty()));
    }

    @Test
    void releasingGivesStockBackButNeverBelowZero() {
        Bin bin = new Bin("VD3", "Main - SM", qty("10"));
        bin.reserve(qty("3"));
        bin.release(qty("5"));
        assertEquals(0, BigDecimal.ZERO.compareTo(bin.getReservedQty()));
        assertEquals(0, qty("10").compareTo(bin.available()));
    }

    @Test
    void aStockCountKeepsTheReservation() {
        Bin bin = new Bin("VD3", "Main - SM", qty("10"));
        bin.reserve(qty("2"));
        bin.setActualQty(qty("7"));
        assertEquals(0, qty("5").compareTo(bin.available()));
    }

    @Test
    void binsAreNamedAfterItemAndWarehouse() {
        assertEquals("VD3 - Main - SM", Bin.nameOf("VD3", "Main - SM"));
    }
}

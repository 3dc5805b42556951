package com.medgrid.selling;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SalesOrderTotalsTest {

    private static SalesOrderItem line(String qty, String rate) {
        return new SalesOrderItem("ITEM", "Item", new BigDecimal(qty), new BigDecimal(rate), "Main - SM", null);
    }

    @Test
    void amountIsQuantityTimesRateRoundedToCents() {
        assertEquals(new BigDecimal("445.00"), line("5", "89.00").getAmount());
        assertEquals(new BigDecimal("0.34"), line("1", "0.335").getAmount());
        assertEquals(new BigDecimal("3.75"), line("2.5", "1.5").getAmount());
    }

    @Test
    void totalsSumTheLinesAndLinesAreNumberedInOrder() {
        SalesOrder order = new SalesOrder("SO-2026-00001");
        order.setItems(List.of(line("5", "89"), line("2", "12.50")));
        assertEquals(0, new BigDecimal("470").compareTo(order.getGrandTotal()));
        assertEquals(2, order.getItems().size());
        assertEquals("SO-2026-00001", order.getName());
    }

    @Test
    void replacingTheLinesRecomputesTheTotals() {
        SalesOrder order = new SalesOrder("SO-2026-00002");
        order.setItems(List.of(line("5", "89")));
        order.setItems(List.of(line("1", "10")));
        assertEquals(0, BigDecimal.TEN.compareTo(order.getGrandTotal()));
        assertEquals(1, order.getItems().size());
    }

    @Test
    void submitAndCancelMoveTheStatus() {
        SalesOrder order = new SalesOrder("SO-2026-00003");
        assertEquals(SalesOrder.DRAFT, order.getStatus());
        order.submitted();
        assertEquals(1, order.getDocstatus());
        assertEquals(SalesOrder.TO_DELIVER, order.getStatus());
        order.cancelled();
        assertEquals(2, order.getDocstatus());
        assertEquals(SalesOrder.CANCELLED, order.getStatus());
    }
}

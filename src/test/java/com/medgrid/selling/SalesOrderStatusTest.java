package com.medgrid.selling;

import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalesOrderStatusTest {

    private static SalesOrder submitted() {
        SalesOrder order = new SalesOrder("SO-2026-00001");
        order.submitted();
        return order;
    }

    @Test
    void holdKeepsTheReservationAndResumeReturnsToDeliver() {
        SalesOrder order = submitted();
        order.changeStatus(SalesOrder.ON_HOLD);
        assertEquals(SalesOrder.ON_HOLD, order.getStatus());
        assertTrue(order.holdsReservation());
        order.changeStatus(SalesOrder.REOPEN);
        assertEquals(SalesOrder.TO_DELIVER, order.getStatus());
    }

    @Test
    void closingGivesTheReservationUpFromToDeliverOrHold() {
        SalesOrder order = submitted();
        order.changeStatus(SalesOrder.CLOSED);
        assertFalse(order.holdsReservation());
        order.changeStatus(SalesOrder.REOPEN);
        assertTrue(order.holdsReservation());
        order.changeStatus(SalesOrder.ON_HOLD);
        order.changeStatus(SalesOrder.CLOSED);
        assertEquals(SalesOrder.CLOSED, order.getStatus());
    }

    @Test
    void refusedTransitionsSayWhy() {
        SalesOrder draft = new SalesOrder("SO-2026-00002");
        assertTrue(assertThrows(ApiException.class, () -> draft.changeStatus(SalesOrder.ON_HOLD)).getMessage()
                .contains("only submitted orders"));
        SalesOrder order = submitted();
        assertTrue(assertThrows(ApiException.class, () -> order.changeStatus(SalesOrder.REOPEN)).getMessage()
                .contains("is To Deliver and cannot be set to Draft"));
        assertTrue(assertThrows(ApiException.class, () -> order.changeStatus("Shipped")).getMessage()
                .contains("status must be On Hold, Closed or Draft"));
        order.changeStatus(SalesOrder.CLOSED);
        assertThrows(ApiException.class, () -> order.changeStatus(SalesOrder.ON_HOLD));
        order.cancelled();
        assertFalse(order.holdsReservation());
        assertThrows(ApiException.class, () -> order.changeStatus(SalesOrder.REOPEN));
    }
}

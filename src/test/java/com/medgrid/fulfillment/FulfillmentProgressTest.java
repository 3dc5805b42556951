package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FulfillmentProgressTest {

    private static String of(String... statuses) {
        return FulfillmentProgress.of(Arrays.asList(statuses));
    }

    @Test
    void theOrderFollowsItsSlowestShipment() {
        assertEquals("Not Shipped", FulfillmentProgress.of(List.of()));
        assertEquals("Not Shipped", of(null, "Awaiting Shipment", "Received"));
        assertEquals("Partly Shipped", of("Shipped", "Awaiting Shipment"));
        assertEquals("Partly Shipped", of("Delivered", null));
        assertEquals("Shipped", of("Shipped", "Shipped"));
        assertEquals("Partly Delivered", of("Delivered", "Shipped"));
        assertEquals("Delivered", of("Delivered", "Delivered"));
    }

    @Test
    void aCompletedOrderHasArrived() {
        assertEquals("Partly Delivered", of("Completed", "Shipped"));
        assertEquals("Delivered", of("Completed", "Delivered"));
    }

    @Test
    void aFulfilledShopifyOrderHasShipped() {
        assertEquals("Shipped", of("Fulfilled", "Shipped"));
        assertEquals("Partly Shipped", of("Fulfilled", "Unfulfilled"));
        assertEquals("Partly Delivered", of("Fulfilled", "Delivered"));
    }
}

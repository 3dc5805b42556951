package com.medgrid.selling;

/** CDI event: a submitted order's {@code fulfillment_status} moved (Not Shipped → Partly Shipped → ... → Delivered). */
public record SalesOrderFulfillmentChanged(String salesOrder, String customer, String from, String to) {
}

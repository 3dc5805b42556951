package com.medgrid.selling;

/**
 * CDI event fired inside the transaction that changes a submitted order's status (submit, hold,
 * close, resume, cancel): fulfilment holds or drops the order's dispatches, webhooks tell subscribers.
 */
public record SalesOrderStatusChanged(String salesOrder, String customer, String from, String to) {
}

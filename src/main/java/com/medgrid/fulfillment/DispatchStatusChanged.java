package com.medgrid.fulfillment;

/** CDI event fired inside the transaction that moves a dispatch from one state to another. */
public record DispatchStatusChanged(String dispatch, String salesOrder, String vendor, String from, String to) {
}

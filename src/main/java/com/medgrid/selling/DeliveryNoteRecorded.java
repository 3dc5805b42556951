package com.medgrid.selling;

/** CDI event: MedGrid staff recorded a shipment of an order (a Delivery Note), inside that transaction. */
public record DeliveryNoteRecorded(String salesOrder, String deliveryNote, String lrNo, String transporter) {
}

package com.medgrid.selling;

import java.util.List;

/**
 * CDI event: a shipment of an order was recorded (a Delivery Note), inside that transaction.
 *
 * @param shippedBy the Vendor Profiles of the vendor who recorded it for the lines it ships itself;
 *                  empty when MedGrid staff recorded it
 */
public record DeliveryNoteRecorded(String salesOrder, String deliveryNote, String lrNo, String transporter, List<String> shippedBy) {

    public DeliveryNoteRecorded {
        shippedBy = List.copyOf(shippedBy);
    }

    public boolean byVendor() {
        return !shippedBy.isEmpty();
    }
}

package com.medgrid.fulfillment;

/**
 * One Sales Order field a vendor's orders fill, under the name the specification gives it
 * ({@code sinq_transaction_id}, {@code cr_shipping_tier}), and the vendor order fact it shows.
 *
 * @param detail for {@link Source#DETAIL}: the key of the vendor-specific detail; otherwise null
 */
public record OrderField(String name, Source source, String detail) {

    /** What a vendor order knows that an order field can show. */
    public enum Source {
        /** The vendor's own id of its order. */
        VENDOR_ORDER_ID,
        /** What MedGrid sent as the vendor's dedupe key, or the vendor echoed back. */
        REFERENCE,
        STATUS,
        TRACKING_NUMBER,
        CARRIER,
        TRACKING_URL,
        LABEL_URL,
        /** When MedGrid last heard from the vendor about it. */
        SYNC_DATE,
        /** A vendor-specific fact, by its key. */
        DETAIL
    }

    public static OrderField of(String name, Source source) {
        if (source == Source.DETAIL) {
            throw new IllegalArgumentException("A detail field names its detail: use detail(name, key)");
        }
        return new OrderField(name, source, null);
    }

    public static OrderField detail(String name, String key) {
        return new OrderField(name, Source.DETAIL, key);
    }
}

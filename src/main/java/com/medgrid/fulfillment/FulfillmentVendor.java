package com.medgrid.fulfillment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fulfilment routes MedGrid dispatches order lines to: the key used in routing rules,
 * dispatches and {@code aggregate_shipments}, the label shown to people, and the prefix of the
 * vendor's field group on the Sales Order ({@code cr_status} for Centre Research).
 */
public enum FulfillmentVendor {
    PERFECTRX("perfectrx", "PerfectRx", "perfectrx"),
    SHIPSTATION("shipstation", "ShipStation", "shipstation"),
    SINQ("sinq", "SINQ", "sinq"),
    CENTRE_RESEARCH("centre_research", "Centre Research Peptides", "cr"),
    EXOCEUTICALS("exoceuticals", "Exoceuticals", "exoceuticals"),
    /** Lines no rule routes: MedGrid staff ship them and record a Delivery Note. */
    MANUAL("manual", "MedGrid Fulfillment", null);

    private final String key;
    private final String label;
    private final String orderFieldPrefix;

    FulfillmentVendor(String key, String label, String orderFieldPrefix) {
        this.key = key;
        this.label = label;
        this.orderFieldPrefix = orderFieldPrefix;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Prefix of the vendor's fields on the Sales Order; empty for manual fulfilment. */
    public Optional<String> orderFieldPrefix() {
        return Optional.ofNullable(orderFieldPrefix);
    }

    public static Optional<FulfillmentVendor> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}

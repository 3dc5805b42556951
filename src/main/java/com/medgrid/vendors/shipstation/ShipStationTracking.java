package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.DispatchLedger;
import com.medgrid.fulfillment.FulfillmentVendor;
import com.medgrid.fulfillment.VendorUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what ShipStation reports about an order (a webhook's resource or a poll) as vendor news:
 * status and tracking for the dispatch and the order's {@code shipstation_*} fields (fulfilment
 * adds the Delivery Note).
 */
@ApplicationScoped
@Transactional
public class ShipStationTracking {

    static final String SHIPPED = "Shipped";

    private static final Map<String, String> TRACKING_URLS = Map.of(
            "ups", "https://www.ups.com/track?tracknum=%s",
            "fedex", "https://www.fedex.com/fedextrack/?trknbr=%s",
            "usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
            "stamps_com", "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
            "dhl_express", "https://www.dhl.com/en/express/tracking.html?AWB=%s");

    @Inject
    DispatchLedger ledger;

    /** A shipment object of {@code GET /shipments} as the vendor's news: Shipped with its tracking; empty if voided or untracked. */
    static Optional<VendorUpdate> shipped(JsonObject shipment) {
        String tracking = text(shipment, "trackingNumber");
        if (tracking == null || shipment.getBoolean("voided", false)) {
            return Optional.empty();
        }
        String carrier = text(shipment, "carrierCode");
        String url = carrier == null ? null : TRACKING_URLS.containsKey(carrier.toLowerCase(Locale.ROOT))
                ? String.format(TRACKING_URLS.get(carrier.toLowerCase(Locale.ROOT)), tracking) : null;
        return Optional.of(new VendorUpdate(SHIPPED, time(shipment, "createDate"), tracking, carrier, url));
    }

    /** Applies a shipment from a webhook's resource; returns whether it changed anything. */
    public boolean shipment(JsonObject shipment) {
        String order = text(shipment, "orderKey");
        return order != null && shipped(shipment).map(update -> ledger.progress(order, FulfillmentVendor.SHIPSTATION, update)).orElse(false);
    }

    /** An order object of {@code GET /orders} (ORDER_NOTIFY): awaiting shipment at its modify date. */
    public boolean order(JsonObject order) {
        String key = text(order, "orderKey");
        if (key == null || !"awaiting_shipment".equals(text(order, "orderStatus"))) {
            return false;
        }
        return ledger.progress(key, FulfillmentVendor.SHIPSTATION,
                new VendorUpdate(ShipStationConnector.AWAITING_SHIPMENT, time(order, "modifyDate"), null, null, null));
    }

    static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? json.getString(field) : null;
    }

    /** ShipStation's times are Pacific without a zone ("2026-06-19T10:00:00.0000000"); treated as UTC-8, else now. */
    private static Instant time(JsonObject json, String field) {
        String value = text(json, field);
        if (value == null) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(value.length() > 23 ? value.substring(0, 23) : value).toInstant(ZoneOffset.ofHours(-8));
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}

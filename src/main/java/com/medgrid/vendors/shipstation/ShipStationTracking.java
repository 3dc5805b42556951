package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
public class ShipStationTracking {

    static final String SHIPPED = "Shipped";

    private static final Map<String, String> TRACKING_URLS = Map.of(
            "ups", "https://www.ups.com/track?tracknum=%s",
            "fedex", "https://www.fedex.com/fedextrack/?trknbr=%s",
            "usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
            "stamps_com", "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s",
            "dhl_express", "https://www.dhl.com/en/express/tracking.html?AWB=%s");

    @Inject
    VendorOrders vendorOrders;

    /**
     * A shipment object of {@code GET /shipments} as the vendor's news: Shipped with its tracking
     * and label; empty if voided or untracked.
     */
    static Optional<VendorUpdate> shipped(JsonObject shipment) {
        String tracking = text(shipment, "trackingNumber");
        if (tracking == null || shipment.getBoolean("voided", false)) {
            return Optional.empty();
        }
        String carrier = text(shipment, "carrierCode");
        String url = carrier == null ? null : TRACKING_URLS.containsKey(carrier.toLowerCase(Locale.ROOT))
                ? String.format(TRACKING_URLS.get(carrier.toLowerCase(Locale.ROOT)), tracking) : null;
        return Optional.of(new VendorUpdate(SHIPPED, time(shipment, "createDate"), tracking, carrier, url, text(shipment, "labelUrl"),
                Map.of()));
    }

    /**
     * Applies a shipment from a webhook's resource to the ShipStation order of that account it
     * belongs to; returns whether it changed anything.
     */
    public boolean shipment(String connection, JsonObject shipment) {
        return shipped(shipment).map(update -> apply(connection, shipment, update)).orElse(false);
    }

    /** An order object of {@code GET /orders} (ORDER_NOTIFY): awaiting shipment at its modify date. */
    public boolean order(String connection, JsonObject order) {
        if (!"awaiting_shipment".equals(text(order, "orderStatus"))) {
            return false;
        }
        return apply(connection, order, new VendorUpdate(ShipStationConnector.AWAITING_SHIPMENT, time(order, "modifyDate"), null, null, null));
    }

    /** Finds the vendor order by the account's connection and ShipStation's own order id, exactly. */
    private boolean apply(String connection, JsonObject resource, VendorUpdate update) {
        JsonValue id = resource.get("orderId");
        if (!(id instanceof JsonNumber number)) {
            return false;
        }
        return vendorOrders.byVendorId(ShipStation.KEY, connection, number.toString())
                .map(order -> vendorOrders.update(order.name(), update)).orElse(false);
    }

    static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? json.getString(field) : null;
    }

    /**
     * ShipStation's times are Pacific without a zone ("2026-06-19T10:00:00.0000000"), read as UTC-8.
     * Null when missing or unreadable: such news applies only while nothing with a time is recorded,
     * never over newer news.
     */
    private static Instant time(JsonObject json, String field) {
        String value = text(json, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.length() > 23 ? value.substring(0, 23) : value).toInstant(ZoneOffset.ofHours(-8));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

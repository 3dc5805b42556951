package com.medgrid.vendors.shipstation;

import com.medgrid.fulfillment.DispatchLedger;
import com.medgrid.fulfillment.FulfillmentVendor;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.selling.OrderShipping;
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

/**
 * Applies what ShipStation reports about an order (from a webhook's resource or a pull): the
 * status and tracking on the dispatch and the order's {@code shipstation_*} fields, and a Delivery
 * Note per tracking number ({@code lr_no}, {@code transporter} = carrier code upper-cased).
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
    @Inject
    OrderShipping shipping;

    /** A shipment object of {@code GET /shipments}; returns whether it changed anything. */
    public boolean shipment(JsonObject shipment) {
        String order = text(shipment, "orderKey");
        String tracking = text(shipment, "trackingNumber");
        if (order == null || tracking == null || shipment.getBoolean("voided", false)) {
            return false;
        }
        String carrier = text(shipment, "carrierCode");
        String url = carrier == null ? null : TRACKING_URLS.containsKey(carrier.toLowerCase(Locale.ROOT))
                ? String.format(TRACKING_URLS.get(carrier.toLowerCase(Locale.ROOT)), tracking) : null;
        Instant at = time(shipment, "createDate");
        boolean applied = ledger.progress(order, FulfillmentVendor.SHIPSTATION, new VendorUpdate(SHIPPED, at, tracking, carrier, url));
        if (applied) {
            shipping.recordShipment(order, tracking, carrier == null ? null : carrier.toUpperCase(Locale.ROOT));
        }
        return applied;
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

    private static String text(JsonObject json, String field) {
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

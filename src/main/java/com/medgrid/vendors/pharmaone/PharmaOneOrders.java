package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.platform.validation.TextRules;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * PharmaOne's orders as MedGrid reads them: the one place the assumed schema lives (the API
 * document lists routes only; README "PharmaOne" repeats this). An order:
 * <pre>
 * {"id": "p1ord_…", "external_id": "SO-2026-00042-pharmaone", "status": "shipped",
 *  "tracking_number": "9400…", "carrier": "USPS", "tracking_url": "https://…", "updated_at": "2026-06-19T10:00:00Z"}
 * </pre>
 * with {@code status} one of pending, processing, shipped, delivered, cancelled, and {@code updated_at}
 * the time of that status. A v1 order request (and the connector's answer) is {@code {"id": "p1req_…",
 * "order_id": "p1ord_…", "status": "received"}}.
 */
final class PharmaOneOrders {

    static final Map<String, String> STATUSES = Map.of("pending", "Pending", "processing", "Processing", "shipped", "Shipped",
            "delivered", "Delivered", "cancelled", "Cancelled", "canceled", "Cancelled");
    static final String PENDING = "Pending";
    private static final int TEXT_SHOWN = 300;

    private PharmaOneOrders() {
    }

    /** The order's id (of an order), or the order an order request became. */
    static Optional<String> orderId(JsonObject answer, String field) {
        return text(answer, field);
    }

    static String requiredId(JsonObject order) {
        return text(order, "id").orElseThrow(() -> VendorException.unavailable(
                "PharmaOne's answer has no order id: " + TextRules.clip(order.toString(), TEXT_SHOWN), null));
    }

    /** An order's status as {@code pharmaone_status} shows it; Pending for one MedGrid does not know yet. */
    static String status(JsonObject order) {
        return text(order, "status").map(s -> STATUSES.get(s.toLowerCase(java.util.Locale.ROOT))).orElse(PENDING);
    }

    /** An order as news: its status at its {@code updated_at}, with tracking once shipped. */
    static VendorUpdate update(JsonObject order) {
        String status = text(order, "status").map(s -> STATUSES.get(s.toLowerCase(java.util.Locale.ROOT))).orElse(null);
        return new VendorUpdate(status, time(order.get("updated_at")), text(order, "tracking_number").orElse(null),
                text(order, "carrier").orElse(null), text(order, "tracking_url").orElse(null));
    }

    /** The vendor's time, or null when it gives none or one that cannot be read (untimed news applies along the lifecycle only). */
    private static Instant time(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.getString()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Optional.of(s.getString());
        }
        return value instanceof JsonNumber n ? Optional.of(n.toString()) : Optional.empty();
    }
}

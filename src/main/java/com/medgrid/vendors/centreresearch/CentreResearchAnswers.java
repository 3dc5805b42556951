package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.validation.TextRules;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Centre Research's answers as MedGrid reads them: the one place the assumed schema lives (the
 * integration guide documents only the envelope and the placed order; README "Centre Research
 * Peptides" repeats this). Every answer is {@code {"success": true, "data": {...}}} or
 * {@code {"success": false, "error": "..."}}, whatever the HTTP status. An order's data:
 * <pre>
 * {"orderId": "cr-…", "partnerOrderId": "SO-2026-00123", "status": "SHIPPED",
 *  "updatedAt": "2026-06-19T10:00:00Z", "shippingTier": "2-Day",
 *  "trackingNumber": "1Z…", "carrier": "UPS", "trackingUrl": "https://…"}
 * </pre>
 * with {@code status} one of PENDING, PROCESSING, LABEL_CREATED, SHIPPED, DELIVERED, CANCELLED,
 * REFUNDED, ON_HOLD, and {@code updatedAt} (ISO-8601 with an offset) the time of that status.
 */
final class CentreResearchAnswers {

    /** Centre Research's status codes as {@code cr_status} shows them. */
    static final Map<String, String> STATUSES = Map.of("PENDING", "Pending", "PROCESSING", "Processing",
            "LABEL_CREATED", "Label Created", "SHIPPED", "Shipped", "DELIVERED", "Delivered", "CANCELLED", "Cancelled",
            "CANCELED", "Cancelled", "REFUNDED", "Refunded", "ON_HOLD", "On Hold");
    static final String PENDING = "Pending";
    private static final int TEXT_SHOWN = 300;

    private CentreResearchAnswers() {
    }

    /**
     * The {@code data} of a successful answer.
     *
     * @throws VendorException rejected with the vendor's error text on {@code success: false} (even in
     *                         a 200); unavailable when the answer is not Centre Research's envelope
     */
    static JsonObject data(JsonObject answer) {
        JsonValue success = answer.get("success");
        if (success == JsonValue.FALSE) {
            throw VendorException.rejected("Centre Research refused the request: " + errorOf(answer).orElse("no error given"));
        }
        if (success != JsonValue.TRUE || !(answer.get("data") instanceof JsonObject data)) {
            throw VendorException.unavailable("Centre Research answered without its success/data envelope: "
                    + TextRules.clip(answer.toString(), TEXT_SHOWN), null);
        }
        return data;
    }

    /** The {@code error} of an error answer's body, if it is Centre Research's envelope. */
    static Optional<String> errorText(String body) {
        try {
            JsonValue value = ApiJson.JSON.createReader(new StringReader(body)).readValue();
            return value instanceof JsonObject object && object.containsKey("success") ? errorOf(object) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The order id of a placed order's data (a string or a number). */
    static String orderId(JsonObject data) {
        return text(data, "orderId").orElseThrow(() -> VendorException.unavailable(
                "Centre Research's answer has no orderId: " + TextRules.clip(data.toString(), TEXT_SHOWN), null));
    }

    /** The status of a placed order's data, Pending unless it says otherwise. */
    static String placedStatus(JsonObject data) {
        return text(data, "status").map(STATUSES::get).orElse(PENDING);
    }

    /** Vendor facts the order fields show: the shipping tier, once Centre Research has picked one. */
    static Map<String, String> details(JsonObject data) {
        return text(data, "shippingTier").map(tier -> Map.of(CentreResearch.SHIPPING_TIER, tier)).orElse(Map.of());
    }

    /**
     * An order's data as news: its status at its {@code updatedAt}, tracking and shipping tier. A
     * status MedGrid does not know leaves the recorded one as it is; empty when it says nothing.
     */
    static Optional<VendorUpdate> update(JsonObject data) {
        String status = text(data, "status").map(STATUSES::get).orElse(null);
        String tracking = text(data, "trackingNumber").orElse(null);
        Map<String, String> details = details(data);
        if (status == null && tracking == null && details.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VendorUpdate(status, time(data.get("updatedAt")), tracking, text(data, "carrier").orElse(null),
                text(data, "trackingUrl").orElse(null), null, details));
    }

    /**
     * The vendor's time of the event, or null when it gives none or one that cannot be read: never
     * the time MedGrid heard of it (untimed news applies only along the lifecycle), and never a
     * failure that would stop the rest of a poll.
     */
    static Instant time(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.getString()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> errorOf(JsonObject answer) {
        return text(answer, "error").or(() -> text(answer, "message"));
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Optional.of(s.getString());
        }
        return value instanceof JsonNumber n ? Optional.of(n.toString()) : Optional.empty();
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorUpdate;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a Shopify order says about its progress, in MedGrid's words: the status (Cancelled once
 * cancelled, else Unfulfilled, Partially Fulfilled or Fulfilled), the first tracking number with its
 * carrier and URL, at the order's {@code updatedAt}. Read from the Admin GraphQL {@code Order} (a
 * poll) and from the REST shape of its webhooks.
 */
final class ShopifyOrderNews {

    /** The detail key under which a vendor order keeps Shopify's order name ({@code #1042}). */
    static final String ORDER_NAME = "order_name";
    static final String UNFULFILLED = "Unfulfilled";
    static final String PARTIALLY_FULFILLED = "Partially Fulfilled";
    static final String FULFILLED = "Fulfilled";
    static final String CANCELLED = "Cancelled";

    private ShopifyOrderNews() {
    }

    /** An Admin GraphQL order: {@code displayFulfillmentStatus}, {@code cancelledAt}, {@code fulfillments[].trackingInfo[]}. */
    static VendorUpdate ofGraphql(JsonObject order) {
        String status = text(order, "cancelledAt").isPresent() ? CANCELLED
                : switch (text(order, "displayFulfillmentStatus").orElse("").toUpperCase(Locale.ROOT)) {
                    case "FULFILLED" -> FULFILLED;
                    case "PARTIALLY_FULFILLED" -> PARTIALLY_FULFILLED;
                    default -> UNFULFILLED;
                };
        Optional<JsonObject> tracking = first(order, "fulfillments").flatMap(fulfillment -> first(fulfillment, "trackingInfo"));
        return new VendorUpdate(status, time(order, "updatedAt"), tracking.flatMap(t -> text(t, "number")).orElse(null),
                tracking.flatMap(t -> text(t, "company")).orElse(null), tracking.flatMap(t -> text(t, "url")).orElse(null));
    }

    /** A webhook's REST order: {@code fulfillment_status} (fulfilled, partial or null), {@code cancelled_at}, {@code fulfillments[]}. */
    static VendorUpdate ofWebhook(JsonObject order, Instant triggeredAt) {
        String status = text(order, "cancelled_at").isPresent() ? CANCELLED
                : switch (text(order, "fulfillment_status").orElse("").toLowerCase(Locale.ROOT)) {
                    case "fulfilled" -> FULFILLED;
                    case "partial" -> PARTIALLY_FULFILLED;
                    default -> UNFULFILLED;
                };
        Optional<JsonObject> fulfillment = first(order, "fulfillments");
        Instant at = triggeredAt != null ? triggeredAt : time(order, "updated_at");
        return new VendorUpdate(status, at, fulfillment.flatMap(f -> text(f, "tracking_number")).orElse(null),
                fulfillment.flatMap(f -> text(f, "tracking_company")).orElse(null),
                fulfillment.flatMap(f -> f.get("tracking_urls") instanceof JsonArray urls && !urls.isEmpty()
                        && urls.get(0) instanceof JsonString url ? Optional.of(url.getString()) : Optional.empty()).orElse(null));
    }

    /** The first object of a list field (Shopify lists the first fulfillment first; MedGrid records one tracking number). */
    private static Optional<JsonObject> first(JsonObject object, String field) {
        if (!(object.get(field) instanceof JsonArray list) || list.isEmpty()) {
            return Optional.empty();
        }
        return list.stream().filter(JsonObject.class::isInstance).map(JsonValue::asJsonObject).findFirst();
    }

    private static Optional<String> text(JsonObject object, String field) {
        return object.get(field) instanceof JsonString value && !value.getString().isBlank() ? Optional.of(value.getString()) : Optional.empty();
    }

    /** An ISO-8601 time with offset, as Shopify writes them; null when absent or unreadable (then the lifecycle orders the news). */
    static Instant time(JsonObject object, String field) {
        return text(object, field).map(ShopifyOrderNews::parse).orElse(null);
    }

    static Instant parse(String iso) {
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

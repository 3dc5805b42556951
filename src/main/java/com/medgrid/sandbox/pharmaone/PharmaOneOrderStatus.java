package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * How a PharmaOne order moves: pending → processing → shipped (USPS tracking assigned) →
 * delivered, one stage at a time; it can be cancelled until it ships. Each move stamps
 * {@code updated_at}, which is what MedGrid's poll compares.
 */
final class PharmaOneOrderStatus {

    static final String PENDING = "pending";
    static final String SHIPPED = "shipped";
    static final String CANCELLED = "cancelled";
    static final List<String> STAGES = List.of(PENDING, "processing", SHIPPED, "delivered");
    static final String CARRIER = "USPS";
    private static final String TRACKING_URL = "https://tools.usps.com/go/TrackConfirmAction?tLabels=";

    private PharmaOneOrderStatus() {
    }

    /** PharmaOne's times: ISO-8601 in UTC, to the second ({@code 2026-04-01T10:00:00Z}). */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The stage after the order's, unless it is delivered or cancelled. */
    static Optional<String> next(JsonObject order) {
        int at = STAGES.indexOf(order.getString("status"));
        return at < 0 || at == STAGES.size() - 1 ? Optional.empty() : Optional.of(STAGES.get(at + 1));
    }

    /** Whether it can still be cancelled: it has not shipped. */
    static boolean cancellable(JsonObject order) {
        int at = STAGES.indexOf(order.getString("status"));
        return at >= 0 && at < STAGES.indexOf(SHIPPED);
    }

    /**
     * The order one stage on at {@code now}; on shipping it gets {@code trackingNumber} (USPS).
     *
     * @throws IllegalStateException when it is delivered or cancelled
     */
    static JsonObject advanced(JsonObject order, String trackingNumber, Instant now) {
        String stage = next(order).orElseThrow(() -> new IllegalStateException("The order is " + order.getString("status")
                + " and moves no further"));
        var moved = ApiJson.JSON.createObjectBuilder(order).add("status", stage).add("updated_at", timestamp(now));
        if (SHIPPED.equals(stage)) {
            moved.add("tracking_number", trackingNumber).add("carrier", CARRIER).add("tracking_url", TRACKING_URL + trackingNumber);
        }
        return moved.build();
    }

    /**
     * The order cancelled at {@code now}.
     *
     * @throws IllegalStateException when it has shipped already, or was cancelled before
     */
    static JsonObject cancelled(JsonObject order, Instant now) {
        if (!cancellable(order)) {
            throw new IllegalStateException("The order is " + order.getString("status") + " and can no longer be cancelled");
        }
        return ApiJson.JSON.createObjectBuilder(order).add("status", CANCELLED).add("updated_at", timestamp(now)).build();
    }
}

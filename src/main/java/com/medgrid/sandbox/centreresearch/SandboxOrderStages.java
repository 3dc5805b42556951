package com.medgrid.sandbox.centreresearch;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a simulated Centre Research order moves on: PENDING → PROCESSING (a shipping tier is picked)
 * → LABEL_CREATED → SHIPPED (tracking assigned) → DELIVERED, or to CANCELLED, REFUNDED or ON_HOLD
 * when asked. Each move stamps {@code updatedAt}.
 */
final class SandboxOrderStages {

    static final List<String> STAGES = List.of("PENDING", "PROCESSING", "LABEL_CREATED", "SHIPPED", "DELIVERED");
    static final Set<String> STATUSES = Set.of("PENDING", "PROCESSING", "LABEL_CREATED", "SHIPPED", "DELIVERED",
            "CANCELLED", "REFUNDED", "ON_HOLD");
    static final String DEFAULT_TIER = "Standard Ground";

    /** What a move may set besides the status; nulls pick the simulator's own. */
    record Move(String status, String trackingNumber, String carrier, String shippingTier, String updatedAt) {
    }

    private SandboxOrderStages() {
    }

    /** The stage after the order's, if it is on the way and not delivered yet. */
    static Optional<String> next(JsonObject order) {
        int at = STAGES.indexOf(order.getString("status", ""));
        return at < 0 || at == STAGES.size() - 1 ? Optional.empty() : Optional.of(STAGES.get(at + 1));
    }

    /** The order moved to {@code move.status()}; {@code newTracking} is used when it ships without tracking yet. */
    static JsonObject apply(JsonObject order, Move move, String newTracking) {
        JsonObjectBuilder moved = ApiJson.JSON.createObjectBuilder(order).add("status", move.status())
                .add("updatedAt", move.updatedAt() != null ? move.updatedAt() : Instant.now().toString());
        int stage = STAGES.indexOf(move.status());
        if (move.shippingTier() != null || stage >= 1 && !order.containsKey("shippingTier")) {
            moved.add("shippingTier", move.shippingTier() != null ? move.shippingTier() : DEFAULT_TIER);
        }
        if (move.trackingNumber() != null || stage >= STAGES.indexOf("SHIPPED") && !order.containsKey("trackingNumber")) {
            String tracking = move.trackingNumber() != null ? move.trackingNumber() : newTracking;
            moved.add("trackingNumber", tracking).add("carrier", move.carrier() != null ? move.carrier() : "UPS")
                    .add("trackingUrl", "https://www.ups.com/track?tracknum=" + tracking);
        }
        return moved.build();
    }
}

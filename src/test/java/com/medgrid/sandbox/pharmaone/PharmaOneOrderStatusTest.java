package com.medgrid.sandbox.pharmaone;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PharmaOneOrderStatusTest {

    private static final Instant LATER = Instant.parse("2026-04-01T10:05:00.123456Z");

    private static JsonObject pending() {
        return Json.createObjectBuilder().add("id", "p1ord_1").add("status", "pending").add("tracking_number", JsonValue.NULL)
                .add("carrier", JsonValue.NULL).add("tracking_url", JsonValue.NULL).add("created_at", "2026-04-01T10:00:00Z")
                .add("updated_at", "2026-04-01T10:00:00Z").build();
    }

    @Test
    void anOrderMovesOneStageAtATimeAndGetsUspsTrackingWhenItShips() {
        List<String> statuses = new ArrayList<>();
        JsonObject order = pending();
        while (PharmaOneOrderStatus.next(order).isPresent()) {
            JsonObject before = order;
            order = PharmaOneOrderStatus.advanced(order, "9400000000000000000042", LATER);
            statuses.add(order.getString("status"));
            assertEquals("2026-04-01T10:05:00Z", order.getString("updated_at"));
            if (order.getString("status").equals("processing")) {
                assertTrue(order.isNull("tracking_number"), "no tracking before it ships");
            }
            if (order.getString("status").equals("shipped")) {
                assertEquals("9400000000000000000042", order.getString("tracking_number"));
                assertEquals("USPS", order.getString("carrier"));
                assertEquals("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400000000000000000042", order.getString("tracking_url"));
            }
            if (order.getString("status").equals("delivered")) {
                assertEquals(before.getString("tracking_number"), order.getString("tracking_number"), "delivery keeps the tracking");
            }
        }
        assertEquals(List.of("processing", "shipped", "delivered"), statuses);
        JsonObject delivered = order;
        assertThrows(IllegalStateException.class, () -> PharmaOneOrderStatus.advanced(delivered, "x", LATER));
    }

    @Test
    void anOrderCanBeCancelledUntilItShipsAndThenMovesNoFurther() {
        JsonObject cancelled = PharmaOneOrderStatus.cancelled(pending(), LATER);
        assertEquals("cancelled", cancelled.getString("status"));
        assertEquals(Optional.empty(), PharmaOneOrderStatus.next(cancelled));
        assertThrows(IllegalStateException.class, () -> PharmaOneOrderStatus.cancelled(cancelled, LATER));
        assertThrows(IllegalStateException.class, () -> PharmaOneOrderStatus.advanced(cancelled, "x", LATER));

        JsonObject processing = PharmaOneOrderStatus.advanced(pending(), "x", LATER);
        assertTrue(PharmaOneOrderStatus.cancellable(processing));
        JsonObject shipped = PharmaOneOrderStatus.advanced(processing, "x", LATER);
        assertFalse(PharmaOneOrderStatus.cancellable(shipped));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PharmaOneOrderStatus.cancelled(shipped, LATER));
        assertEquals("The order is shipped and can no longer be cancelled", refused.getMessage());
    }
}

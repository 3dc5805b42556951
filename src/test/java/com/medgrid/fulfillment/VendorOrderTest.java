package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VendorOrderTest {

    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final VendorDescription TIMED = new VendorDescription("timed", "Timed", VendorDescription.Connections.MANAGED,
            List.of(), List.of(), List.of(), Set.of());
    /** A vendor whose news carries no time: only its lifecycle orders it. */
    static final VendorDescription UNTIMED = TIMED.withLifecycle("Synced", "Pending", "Shipped", "Completed", "Cancelled", "Failed");

    private static VendorOrder placed() {
        return new VendorOrder(new Dispatch("SO-2026-00001-timed", "SO-2026-00001", "timed", NOW), new PlacedOrder("order", null, "v-1", "SO-2026-00001", "Synced", Map.of()), NOW);
    }

    private static VendorUpdate news(String status, Instant at) {
        return new VendorUpdate(status, at, null, null, null);
    }

    @Test
    void olderNewsNeverOverwritesNewerByTheVendorsTimes() {
        VendorOrder order = placed();
        assertTrue(order.update(news("Shipped", NOW.plusSeconds(60)), TIMED, NOW));
        assertFalse(order.update(news("Awaiting Shipment", NOW.plusSeconds(30)), TIMED, NOW));
        assertFalse(order.update(news("Awaiting Shipment", null), TIMED, NOW), "untimed news after timed news is not newer");
        assertTrue(order.update(news("Delivered", NOW.plusSeconds(90)), TIMED, NOW));
        assertEquals("Delivered", order.fact(OrderField.of("s", OrderField.Source.STATUS)));
    }

    @Test
    void untimedNewsFollowsTheVendorsLifecycleAndNeverGoesBack() {
        VendorOrder order = placed();
        assertTrue(order.update(news("Shipped", null), UNTIMED, NOW));
        assertFalse(order.update(news("Pending", null), UNTIMED, NOW), "pending arriving after shipped");
        assertFalse(order.update(news("Pending", NOW.plusSeconds(600)), UNTIMED, NOW), "a later time does not move it back either");
        assertTrue(order.update(news("Completed", null), UNTIMED, NOW));
        assertEquals("Completed", order.fact(OrderField.of("s", OrderField.Source.STATUS)));
    }

    @Test
    void lifecycleLeavesUnknownStatusesToTheTimes() {
        assertTrue(UNTIMED.movesBack("Shipped", "Synced"));
        assertFalse(UNTIMED.movesBack("Shipped", "On Hold"));
        assertTrue(UNTIMED.movesOn("Pending", "Cancelled"));
        assertFalse(TIMED.movesOn("Pending", "Shipped"));
    }
}

package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The poller asks only connectors that can poll, applies their news, and keeps going past a vendor
 * error; vendors with webhooks are asked until tracking, the others until their orders settle.
 */
class DispatchPollerTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static VendorConnector connector(Set<VendorConnector.Capability> capabilities, Map<String, List<VendorUpdate>> news) {
        VendorDescription description = new VendorDescription("shipstation", "ShipStation", VendorDescription.Connections.SELF_SERVICE,
                List.of(), List.of(), List.of(), capabilities);
        return new VendorConnector() {
            @Override
            public VendorDescription description() {
                return description;
            }

            @Override
            public void dispatch(DispatchRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<VendorUpdate> poll(VendorOrderRef order) {
                if (!news.containsKey(order.salesOrder())) {
                    throw VendorException.unavailable("HTTP 503", null);
                }
                return news.get(order.salesOrder());
            }
        };
    }

    /** A vendor that answers every question about its orders with {@code refusal}. */
    private static VendorConnector refusing(VendorException refusal) {
        VendorDescription description = connector(Set.of(VendorConnector.Capability.POLL_STATUS), Map.of()).description();
        return new VendorConnector() {
            @Override
            public VendorDescription description() {
                return description;
            }

            @Override
            public void dispatch(DispatchRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<VendorUpdate> poll(VendorOrderRef order) {
                throw refusal;
            }
        };
    }

    private final List<String> recorded = new ArrayList<>();
    private final List<Boolean> untilTracked = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> backedOff = new ArrayList<>();

    private DispatchPoller poller(VendorConnector connector) {
        DispatchPoller poller = new DispatchPoller();
        poller.vendors = new Vendors() {
            @Override
            public Optional<VendorConnector> connector(String vendor) {
                return Optional.of(connector);
            }

            @Override
            public List<VendorDescription> all() {
                return List.of(connector.description());
            }
        };
        poller.orders = new VendorOrders() {
            @Override
            public List<VendorOrderRef> toPoll(String vendor, String connection, int max, boolean tracked) {
                untilTracked.add(tracked);
                return List.of(ref("SO-1", "101"), ref("SO-2", "102"), ref("SO-3", "103"));
            }

            @Override
            public void pollAfter(String vendorOrder, Instant next) {
                (next.isAfter(Instant.now().plusSeconds(3600)) ? backedOff : asked).add(vendorOrder);
            }

            @Override
            public boolean update(String vendorOrder, VendorUpdate update) {
                recorded.add(vendorOrder + " " + update.trackingNumber());
                return !vendorOrder.startsWith("SO-3"); // SO-3's news is older than what is recorded
            }
        };
        return poller;
    }

    private static VendorOrderRef ref(String order, String vendorId) {
        return new VendorOrderRef(order + "-shipstation-c", order + "-shipstation", order, "shipstation", "c", vendorId, order);
    }

    @Test
    void newsIsAppliedAndAFailingOrderDoesNotStopTheOthers() {
        VendorUpdate shipped = new VendorUpdate("Shipped", AT, "1Z1", "ups", null);
        DispatchPoller.Outcome outcome = poller(connector(Set.of(VendorConnector.Capability.POLL_STATUS),
                Map.of("SO-1", List.of(shipped), "SO-3", List.of(new VendorUpdate("Shipped", AT, "1Z3", "ups", null)))))
                .poll("shipstation", null, 10);
        assertEquals(1, outcome.applied());
        assertEquals(List.of("SO-2 (102): HTTP 503"), outcome.errors());
        assertEquals(List.of("SO-1-shipstation-c 1Z1", "SO-3-shipstation-c 1Z3"), recorded);
        assertEquals(List.of(false), untilTracked, "a vendor without webhooks is asked until its orders settle");
        assertEquals(List.of("SO-1-shipstation-c", "SO-2-shipstation-c", "SO-3-shipstation-c"), asked, "every order asked about, answered or not");
    }

    @Test
    void aRateLimitEndsTheRoundTheRestWaitsForTheNext() {
        DispatchPoller poller = poller(refusing(VendorException.rateLimited("HTTP 429", java.time.Duration.ofSeconds(30))));
        DispatchPoller.Outcome outcome = poller.poll("shipstation", null, 10);
        assertEquals(List.of("SO-1 (101): HTTP 429"), outcome.errors());
        assertEquals(List.of("SO-1-shipstation-c"), asked);
    }

    @Test
    void anOrderTheVendorRefusesToAnswerAboutIsLeftOutForADay() {
        DispatchPoller poller = poller(refusing(VendorException.rejected("HTTP 404: Order not found")));
        poller.poll("shipstation", null, 10);
        assertEquals(List.of("SO-1-shipstation-c", "SO-2-shipstation-c", "SO-3-shipstation-c"), backedOff);
    }

    @Test
    void aVendorWithWebhooksIsAskedOnlyUntilTracking() {
        poller(connector(Set.of(VendorConnector.Capability.POLL_STATUS, VendorConnector.Capability.STATUS_WEBHOOKS), Map.of()))
                .poll("shipstation", null, 10);
        assertEquals(List.of(true), untilTracked);
    }

    @Test
    void connectorsThatCannotPollAreNotAsked() {
        DispatchPoller poller = poller(connector(Set.of(VendorConnector.Capability.STATUS_WEBHOOKS), Map.of()));
        assertEquals(0, poller.poll("shipstation", null, 10).applied());
        assertEquals(List.of(), poller.pollingVendors());
        assertEquals(List.of(), recorded);
    }
}

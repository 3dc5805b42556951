package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The poller asks only connectors that can poll, applies their news, and keeps going past a vendor error. */
class DispatchPollerTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static final class Connector implements VendorConnector {
        final Set<Capability> capabilities;
        final Map<String, List<VendorUpdate>> news;

        Connector(Set<Capability> capabilities, Map<String, List<VendorUpdate>> news) {
            this.capabilities = capabilities;
            this.news = news;
        }

        @Override
        public FulfillmentVendor vendor() {
            return FulfillmentVendor.SHIPSTATION;
        }

        @Override
        public Set<Capability> capabilities() {
            return capabilities;
        }

        @Override
        public VendorReceipt dispatch(DispatchRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VendorUpdate> poll(SentDispatch dispatch) {
            if (!news.containsKey(dispatch.salesOrder())) {
                throw VendorException.unavailable("HTTP 503", null);
            }
            return news.get(dispatch.salesOrder());
        }
    }

    private final List<String> recorded = new ArrayList<>();

    private DispatchPoller poller(Connector connector) {
        DispatchPoller poller = new DispatchPoller();
        poller.connectors = new VendorConnectors() {
            @Override
            public Optional<VendorConnector> of(FulfillmentVendor vendor) {
                return Optional.of(connector);
            }
        };
        poller.fulfillment = new FulfillmentService() {
            @Override
            public List<SentDispatch> awaitingTracking(FulfillmentVendor vendor, String supplier, int max) {
                return List.of(new SentDispatch("SO-1", "101", Set.of()), new SentDispatch("SO-2", "102", Set.of()),
                        new SentDispatch("SO-3", "103", Set.of()));
            }
        };
        poller.ledger = new DispatchLedger() {
            @Override
            public boolean progress(String salesOrder, FulfillmentVendor vendor, VendorUpdate update) {
                recorded.add(salesOrder + " " + update.trackingNumber());
                return !"SO-3".equals(salesOrder); // SO-3's news is older than what is recorded
            }
        };
        return poller;
    }

    @Test
    void newsIsAppliedAndAFailingOrderDoesNotStopTheOthers() {
        VendorUpdate shipped = new VendorUpdate("Shipped", AT, "1Z1", "ups", null);
        DispatchPoller.Outcome outcome = poller(new Connector(Set.of(VendorConnector.Capability.POLL_STATUS),
                Map.of("SO-1", List.of(shipped), "SO-3", List.of(new VendorUpdate("Shipped", AT, "1Z3", "ups", null)))))
                .poll(FulfillmentVendor.SHIPSTATION, null, 10);
        assertEquals(1, outcome.applied());
        assertEquals(List.of("SO-2: HTTP 503"), outcome.errors());
        assertEquals(List.of("SO-1 1Z1", "SO-3 1Z3"), recorded);
    }

    @Test
    void connectorsThatCannotPollAreNotAsked() {
        DispatchPoller poller = poller(new Connector(Set.of(VendorConnector.Capability.STATUS_WEBHOOKS), Map.of()));
        assertEquals(0, poller.poll(FulfillmentVendor.SHIPSTATION, null, 10).applied());
        assertEquals(List.of(), poller.pollingVendors());
        assertEquals(List.of(), recorded);
    }
}

package com.medgrid.vendors.shipstation;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook's resource_url is fetched with the vendor's credentials, so only ShipStation's own API qualifies. */
class ShipStationCallsTest {

    private static ShipStationCalls calls(String baseUrl) {
        ShipStationCalls calls = new ShipStationCalls();
        calls.baseUrl = baseUrl;
        return calls;
    }

    @Test
    void onlyUrlsOnTheConfiguredApiAreFetched() {
        ShipStationCalls calls = calls("https://ssapi.shipstation.com");
        assertTrue(calls.isShipStationResource(URI.create("https://ssapi.shipstation.com/shipments?batchId=12345")));
        assertFalse(calls.isShipStationResource(URI.create("http://ssapi.shipstation.com/shipments")));
        assertFalse(calls.isShipStationResource(URI.create("https://ssapi.shipstation.com.evil.example/shipments")));
        assertFalse(calls.isShipStationResource(URI.create("https://evil.example/?u=https://ssapi.shipstation.com")));
        assertFalse(calls.isShipStationResource(URI.create("https://user:pw@ssapi.shipstation.com/shipments")));
        assertFalse(calls.isShipStationResource(URI.create("https://ssapi.shipstation.com:8443/shipments")));
        assertFalse(calls.isShipStationResource(URI.create("https://169.254.169.254/latest/meta-data")));
    }

    @Test
    void aSandboxBaseAlsoPinsThePortAndPath() {
        ShipStationCalls calls = calls("http://localhost:9080/api/sandbox/shipstation");
        assertTrue(calls.isShipStationResource(URI.create("http://localhost:9080/api/sandbox/shipstation/shipments?orderId=1")));
        assertFalse(calls.isShipStationResource(URI.create("http://localhost:9080/api/resource/User")));
        assertFalse(calls.isShipStationResource(URI.create("http://localhost:5432/api/sandbox/shipstation/x")));
    }
}

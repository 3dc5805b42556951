package com.medgrid.vendors.shipstation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook's resource_url is fetched with the vendor's credentials, so only ShipStation's own API qualifies. */
class ShipStationCallsTest {

    private static final String SANDBOX = "http://localhost:9080/api/sandbox/shipstation";

    private static ShipStationCalls calls(String baseUrl) {
        ShipStationCalls calls = new ShipStationCalls();
        calls.baseUrl = baseUrl;
        return calls;
    }

    private static void refused(String baseUrl, String url) {
        assertEquals(Optional.empty(), calls(baseUrl).resourceUri(url), url);
    }

    @Test
    void onlyUrlsOnTheConfiguredApiAreFetched() {
        ShipStationCalls calls = calls("https://ssapi.shipstation.com");
        assertEquals(Optional.of(URI.create("https://ssapi.shipstation.com/shipments?batchId=12345")),
                calls.resourceUri("https://ssapi.shipstation.com/shipments?batchId=12345"));
        assertTrue(calls.resourceUri("https://SSAPI.shipstation.com:443/orders?orderId=1").isPresent(), "explicit default port, host in capitals");
        refused("https://ssapi.shipstation.com", "http://ssapi.shipstation.com/shipments");
        refused("https://ssapi.shipstation.com", "https://ssapi.shipstation.com.evil.example/shipments");
        refused("https://ssapi.shipstation.com", "https://evil.example/?u=https://ssapi.shipstation.com");
        refused("https://ssapi.shipstation.com", "https://user:pw@ssapi.shipstation.com/shipments");
        refused("https://ssapi.shipstation.com", "https://ssapi.shipstation.com:8443/shipments");
        refused("https://ssapi.shipstation.com", "https://169.254.169.254/latest/meta-data");
        refused("https://ssapi.shipstation.com", "not a url");
        refused("https://ssapi.shipstation.com", "mailto:ops@ssapi.shipstation.com");
        refused("https://ssapi.shipstation.com", "/shipments");
        refused("https://ssapi.shipstation.com", null);
    }

    @Test
    void aSandboxBaseAlsoPinsThePortAndPath() {
        ShipStationCalls calls = calls(SANDBOX);
        assertEquals(Optional.of(URI.create(SANDBOX + "/shipments?orderId=1")), calls.resourceUri(SANDBOX + "/shipments?orderId=1"));
        assertTrue(calls(SANDBOX + "/").resourceUri(SANDBOX + "/orders").isPresent(), "a base with a trailing slash");
        refused(SANDBOX, "http://localhost:9080/api/resource/User");
        refused(SANDBOX, "http://localhost:5432/api/sandbox/shipstation/x");
    }

    /** Each spelling of a way out of the API's path that a server would follow. */
    @ParameterizedTest
    @ValueSource(strings = {
            SANDBOX + "/../../resource/User",
            SANDBOX + "/shipments/../../../resource/User",
            SANDBOX + "/%2e%2e/%2e%2e/resource/User",
            SANDBOX + "/%2E%2E/%2E%2E/resource/User",
            SANDBOX + "/%2e%2E/.%2e/resource/User",
            SANDBOX + "/..%2f..%2fresource/User",
            SANDBOX + "/..%2F..%2Fresource/User",
            SANDBOX + "%2f..%2f..%2fresource/User",
            SANDBOX + "/%252e%252e/%252e%252e/resource/User",
            SANDBOX + "/..%252f..%252fresource/User",
            SANDBOX + "/..%5c..%5cresource/User",
            SANDBOX + "/..;/..;/resource/User",
            SANDBOX + "-evil/shipments",
            SANDBOX + "evil/shipments",
            "http://localhost:9080/api/sandbox/shipstatio%6e-evil/shipments",
            "http://localhost:9080/api/sandbox/./shipstation/../../resource/User",
    })
    void pathTricksAreRefused(String url) {
        refused(SANDBOX, url);
    }

    @Test
    void harmlessSpellingsAreFetchedInTheirPlainForm() {
        ShipStationCalls calls = calls(SANDBOX);
        assertEquals(Optional.of(URI.create(SANDBOX + "/shipments?orderId=7")), calls.resourceUri(SANDBOX + "/%73hipments?orderId=7"));
        assertEquals(Optional.of(URI.create(SANDBOX + "/shipments?orderId=7")), calls.resourceUri(SANDBOX + "/x/../shipments?orderId=7"));
        assertEquals(Optional.of(URI.create(SANDBOX + "/shipments?orderId=7")), calls.resourceUri(SANDBOX + "/./shipments?orderId=7"));
        assertEquals(Optional.of(URI.create(SANDBOX + "/shipments?u=../../x%2f")), calls.resourceUri(SANDBOX + "/shipments?u=../../x%2f"),
                "the query is the API's business, not a path step");
        assertEquals(Optional.of(URI.create(SANDBOX)), calls.resourceUri(SANDBOX));
    }
}

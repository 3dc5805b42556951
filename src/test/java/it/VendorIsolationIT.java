package it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault Tolerance between vendors: while one vendor hangs (its sandbox in "timeout" mode), a burst
 * of its dispatches holds only its own bulkhead, so another vendor's dispatch takes its normal time;
 * once the hanging vendor's circuit opens, its dispatches are refused without calling it and
 * rescheduled; when it recovers, they all go out.
 */
class VendorIsolationIT {

    private static final int BURST = 10;
    /** How long a vendor call may take in the development build (see the pom's sandbox settings). */
    private static final long DEV_CALL_TIMEOUT_MILLIS = 3000;
    private static final Pattern OPENED = Pattern.compile(
            "ft_circuitbreaker_opened_total\\{[^}]*ShipStationCalls\\.createOrder[^}]*} ([0-9.]+)");

    @Test
    void aHangingVendorDelaysNoOtherVendorAndIsNotCalledWhileItsCircuitIsOpen() {
        ShipStationShop shop = new ShipStationShop();
        Demo.connectDemoAccounts();
        // a healthy start: the shop's first order goes out (the breaker is closed)
        ShipStationShop.awaitSent(shop.submitOrder(), "shipstation", Duration.ofSeconds(60));
        long alone = Math.max(perfectRxDispatchMillis(), perfectRxDispatchMillis());
        double openedBefore = circuitOpened();

        shop.fault("timeout", 1000);
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(shop.submitOrder());
        }
        long beside = perfectRxDispatchMillis();
        // Waiting behind even one hanging ShipStation call would cost a whole call timeout; anything
        // less is the machine's noise (a loaded 2-core CI box has been seen to take 4x "alone").
        assertTrue(beside < alone + DEV_CALL_TIMEOUT_MILLIS,
                "PerfectRx dispatch beside a hanging ShipStation took " + beside + " ms, alone " + alone + " ms");

        // the breaker opens: dispatches are refused without a call, and rescheduled
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> burst.stream()
                .anyMatch(order -> String.valueOf(ShipStationShop.dispatch(order, "shipstation").getString("data.last_error"))
                        .contains("its circuit is open, so it was not called")));
        assertTrue(circuitOpened() > openedBefore, "ft_circuitbreaker_opened_total for ShipStationCalls.createOrder");
        long attempts = burst.stream().mapToLong(order -> ShipStationShop.dispatch(order, "shipstation").getList("data.attempt_log").size()).sum();
        long calls = shop.calls();
        // a try the open circuit refused is no attempt (the vendor was not asked): every attempt on record is a call
        assertTrue(attempts <= calls, attempts + " attempts on record, " + calls + " vendor calls (with the first order's)");

        // ShipStation answers again: once the breaker half-opens, every dispatch of the burst goes out
        shop.fault("timeout", 0);
        for (String order : burst) {
            ShipStationShop.awaitSent(order, "shipstation", Duration.ofSeconds(120));
        }
    }

    /** From submitting a demo order of a PerfectRx OTC product to its dispatch being Sent. */
    private static long perfectRxDispatchMillis() {
        long start = System.nanoTime();
        String order = Demo.order(List.of(Demo.line("NAD", "PerfectRx Pharmacy - SM")));
        ShipStationShop.awaitSent(order, "perfectrx", Duration.ofSeconds(60));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double circuitOpened() {
        String metrics = RestAssured.given().relaxedHTTPSValidation().auth().preemptive().basic("liberty-admin", "liberty-admin-dev")
                .get("https://localhost:" + System.getProperty("https.port", "9443") + "/metrics?scope=base").then().statusCode(200)
                .extract().asString();
        Matcher matcher = OPENED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}

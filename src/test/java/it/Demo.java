package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The development build's demo as a newcomer meets it: the demo partner's clinic, the sandbox
 * vendors' warehouses and products, and their demo accounts (connected at startup).
 */
final class Demo {

    static final String PARTNER = "partner1@medgrid.local";
    static final String PARTNER_PASSWORD = "demo-customer";
    static final String CLINIC = "Bayside Wellness Clinic";

    private Demo() {
    }

    /**
     * Every sandbox vendor's connection is its demo account again: other tests connect accounts of their
     * own, and a simulator ships by itself only what its demo account accepted.
     */
    static void connectDemoAccounts() {
        // a simulator that cannot answer a check in time (a server just started) is asked again, as the sandbox does at startup
        Map<String, Boolean>[] connected = new Map[1];
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                connected[0] = Api.admin().request().post("/api/method/medgrid.sandbox.connect_demo_accounts")
                        .then().statusCode(200).extract().jsonPath().getMap("message");
                return !connected[0].containsValue(false);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("demo accounts not connected: " + connected[0], e);
        }
    }

    /**
     * An order line of a demo product (item code starting with {@code product}): the size {@code warehouse}
     * has most of, after what earlier orders reserved, so that reruns on one database never run out.
     */
    static Map<String, Object> line(String product, String warehouse) {
        List<String> stocked = Api.admin().request()
                .queryParams(Map.of("fields", "[\"item_code\"]", "limit_page_length", "1", "order_by", "projected_qty desc",
                        "filters", "[[\"warehouse\", \"=\", \"" + warehouse + "\"], [\"item_code\", \"like\", \"" + product + "-%\"],"
                                + " [\"projected_qty\", \">\", 5]]"))
                .get("/api/resource/Bin").then().statusCode(200).extract().jsonPath().getList("data.item_code");
        if (stocked.isEmpty()) {
            throw new AssertionError("the demo has no " + product + " in stock at " + warehouse);
        }
        Map<String, Object> line = new HashMap<>();
        line.put("item_code", stocked.get(0));
        line.put("qty", 1);
        line.put("warehouse", warehouse);
        return line;
    }

    /** The demo partner submits an order of these lines for its clinic; returns its name. */
    static String order(List<Map<String, Object>> lines) {
        return Api.session(PARTNER, PARTNER_PASSWORD).request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "docstatus", 1, "items", lines))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    /** Statuses of a vendor order that has shipped (a simulator may deliver it before the test looks); Shopify says Fulfilled. */
    static final List<String> SHIPPED = List.of("Shipped", "Fulfilled", "Delivered", "Completed");

    /** Waits, with no step of the test's own, until every one of {@code vendors} shows the order shipped with tracking. */
    static JsonPath awaitShipped(String order, String... vendors) {
        try {
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                List<Map<String, Object>> shipments = shipments(order).getList("message.shipments");
                return List.of(vendors).stream().allMatch(vendor -> shipments.stream().anyMatch(s -> vendor.equals(s.get("vendor"))
                        && SHIPPED.contains(s.get("status")) && s.get("tracking_number") != null));
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(order + " did not ship at every vendor: " + progress(order, vendors), e);
        }
        return shipments(order);
    }

    /** What a failed wait reports: the order's shipments and each vendor's dispatch record. */
    private static String progress(String order, String... vendors) {
        StringBuilder report = new StringBuilder("shipments ").append(shipments(order).getList("message.shipments"));
        for (String vendor : vendors) {
            report.append("; dispatch to ").append(vendor).append(' ').append(Api.admin().request()
                    .get("/api/resource/Fulfillment Dispatch/" + order + "-" + vendor).then().extract().asString());
        }
        return report.toString();
    }

    static JsonPath shipments(String order) {
        return Api.admin().request().queryParam("sales_order", order).get("/api/method/medgrid.fulfillment_router.aggregate_shipments")
                .then().statusCode(200).extract().jsonPath();
    }
}

package it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The README's first order, with no manual step: the demo partner orders from every sandbox vendor's
 * warehouse, and each vendor's simulator takes its part, ships it by itself and reports back, so the
 * order shows every vendor Shipped with tracking, on the Sales Order and in aggregate_shipments.
 */
class DemoLifecycleIT {

    @Test
    void aNewcomersFirstOrderReachesTrackingAtEveryVendor() {
        Demo.connectPerfectRx();
        String order = Demo.order(List.of(Demo.line("VD3", "ShipStation Warehouse - SM"), Demo.line("NAD", "PerfectRx Pharmacy - SM")));

        JsonPath shipments = Demo.awaitShipped(order, "shipstation", "perfectrx");
        List<Map<String, Object>> rows = shipments.getList("message.shipments");
        assertEquals(List.of("perfectrx", "shipstation"), rows.stream().map(r -> r.get("vendor")).sorted().toList());

        JsonPath salesOrder = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
        for (String vendor : List.of("shipstation", "perfectrx")) {
            assertEquals("Shipped", salesOrder.getString("data." + vendor + "_status"), vendor);
            assertNotNull(salesOrder.getString("data." + vendor + "_tracking_number"), vendor);
        }
        assertEquals("Shipped", salesOrder.getString("data.fulfillment_status"));
    }
}

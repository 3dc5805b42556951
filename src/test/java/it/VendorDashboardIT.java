package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code medgrid.api.get_vendor_dashboard_data}: a vendor's own sales, orders, low stock, open stock
 * requests and integrations, never another vendor's; marketplace staff name the vendor.
 */
class VendorDashboardIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Skydell Main - SM";
    private static final String CUSTOMER = "Lone Star Hormone Center";
    private static final String VENDOR = "Dash Vendor " + TAG;
    private static final String OTHER_VENDOR = "Dash Other Vendor " + TAG;
    private static Api.TestUser vendor;
    private static Api.TestUser otherVendor;
    private static Api.TestUser officer;
    private static int items;

    @BeforeAll
    static void createVendors() {
        vendor = Api.approvedVendor(VENDOR);
        otherVendor = Api.approvedVendor(OTHER_VENDOR);
        officer = Api.newUser("Medgrid Marketplace Officer");
    }

    /** A new item of {@code supplier}'s, priced at {@code rate}, with {@code qty} in the main warehouse. */
    private static synchronized String item(String supplier, int reorderLevel, int qty, int rate) {
        String code = "DASH-" + TAG + "-" + ++items;
        Api.insert("Item", Map.of("item_code", code, "item_name", "Dash Gauze " + code, "default_supplier", supplier,
                "reorder_level", reorderLevel));
        Api.insert("Item Price", Map.of("item_code", code, "price_list", "Standard Selling", "price_list_rate", rate));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", code, "warehouse", WAREHOUSE, "qty", qty))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        return code;
    }

    private static Response dashboard(Api.TestUser user, Map<String, ?> query) {
        return user.request().queryParams(query).get("/api/method/medgrid.api.get_vendor_dashboard_data");
    }

    private static JsonPath dashboardOf(String vendorProfile) {
        return dashboard(officer, Map.of("vendor", vendorProfile)).then().statusCode(200).extract().jsonPath();
    }

    private static String submitOrder(List<Map<String, Object>> lines) {
        return Api.admin().request().contentType(ContentType.JSON).body(Map.of("customer", CUSTOMER, "docstatus", 1, "items", lines))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    /** The vendor's sales totals in USD: [mtd_total, last_30_days_total, mtd_orders, last_30_days_orders], zeros when none. */
    private static List<Double> usdSales(String vendorProfile) {
        List<Map<String, Object>> sales = dashboardOf(vendorProfile).getList("message.sales");
        return sales.stream().filter(row -> "USD".equals(row.get("currency"))).findFirst()
                .map(row -> List.of(number(row.get("mtd_total")), number(row.get("last_30_days_total")),
                        number(row.get("mtd_orders")), number(row.get("last_30_days_orders"))))
                .orElse(List.of(0.0, 0.0, 0.0, 0.0));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static Map<String, Object> recentOrder(String vendorProfile, String order) {
        List<Map<String, Object>> recent = dashboardOf(vendorProfile).getList("message.recent_orders");
        return recent.stream().filter(row -> order.equals(row.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(order + " not among " + vendorProfile + "'s recent orders: " + recent));
    }

    @Test
    void salesAndRecentOrdersCountOnlyTheVendorsOwnLinesOfSubmittedOrders() {
        String own = item(VENDOR, 0, 100, 4);
        String others = item(OTHER_VENDOR, 0, 100, 50);
        List<Double> before = usdSales(VENDOR);
        List<Double> otherBefore = usdSales(OTHER_VENDOR);

        String order = submitOrder(List.of(Map.of("item_code", own, "qty", 3, "warehouse", WAREHOUSE),
                Map.of("item_code", others, "qty", 2, "warehouse", WAREHOUSE)));

        List<Double> after = usdSales(VENDOR);
        assertEquals(List.of(12.0, 12.0, 1.0, 1.0), List.of(after.get(0) - before.get(0), after.get(1) - before.get(1),
                after.get(2) - before.get(2), after.get(3) - before.get(3)), "3 × 4 of its own line, not the other vendor's 100");
        List<Double> otherAfter = usdSales(OTHER_VENDOR);
        assertEquals(100.0, otherAfter.get(0) - otherBefore.get(0));

        Map<String, Object> recent = recentOrder(VENDOR, order);
        assertEquals(Map.of("name", order, "transaction_date", LocalDate.now(ZoneOffset.UTC).toString(), "customer", CUSTOMER,
                "currency", "USD", "own_total", 12, "own_qty", 3), Map.of("name", recent.get("name"),
                "transaction_date", recent.get("transaction_date"), "customer", recent.get("customer"), "currency", recent.get("currency"),
                "own_total", recent.get("own_total"), "own_qty", recent.get("own_qty")));
        assertTrue(recent.get("status") instanceof String, () -> "status of " + recent);
        assertEquals(100, recentOrder(OTHER_VENDOR, order).get("own_total"));
        // the vendor itself sees the same, without naming its profile
        vendor.request().get("/api/method/medgrid.api.get_vendor_dashboard_data").then().statusCode(200)
                .body("message.vendor", equalTo(VENDOR))
                .body("message.recent_orders.find { it.name == '" + order + "' }.own_total", equalTo(12));

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("docstatus", 2)).put("/api/resource/Sales Order/" + order)
                .then().statusCode(200);
        assertEquals(before.subList(0, 2), usdSales(VENDOR).subList(0, 2), "a cancelled order is no sale");
        assertFalse(dashboardOf(VENDOR).getList("message.recent_orders.name").contains(order));
    }

    @Test
    void lowStockListsTheVendorsBinsAvailableBelowTheReorderLevel() {
        String low = item(VENDOR, 10, 4, 4);
        String enough = item(VENDOR, 10, 50, 4);
        String noLevel = item(VENDOR, 0, 0, 4);
        String reservedDown = item(VENDOR, 10, 12, 4);
        String othersLow = item(OTHER_VENDOR, 10, 1, 4);
        submitOrder(List.of(Map.of("item_code", reservedDown, "qty", 5, "warehouse", WAREHOUSE)));

        List<Map<String, Object>> lowStock = dashboardOf(VENDOR).getList("message.low_stock");
        Map<String, Map<String, Object>> byItem = new HashMap<>();
        lowStock.forEach(row -> byItem.put((String) row.get("item_code"), row));
        assertEquals(Map.of("item_code", low, "item_name", "Dash Gauze " + low, "warehouse", WAREHOUSE, "actual_qty", 4,
                "reserved_qty", 0, "available_qty", 4, "reorder_level", 10), byItem.get(low));
        assertEquals(7, byItem.get(reservedDown).get("available_qty"), "12 on hand, 5 of them reserved");
        assertEquals(5, byItem.get(reservedDown).get("reserved_qty"));
        assertFalse(byItem.containsKey(enough));
        assertFalse(byItem.containsKey(noLevel), "no reorder level, no alert");
        assertFalse(byItem.containsKey(othersLow));
        assertTrue(dashboardOf(OTHER_VENDOR).getList("message.low_stock.item_code").contains(othersLow));
    }

    @Test
    void openStockRequestsAreTheVendorsRequestedOnes() {
        String own = item(VENDOR, 0, 10, 4);
        String others = item(OTHER_VENDOR, 0, 10, 4);
        String waiting = stockRequest(vendor, own, 5);
        String approved = stockRequest(vendor, own, 2);
        String othersRequest = stockRequest(otherVendor, others, 1);
        officer.request().contentType(ContentType.JSON).body(Map.of("name", approved))
                .post("/api/method/medgrid.api.approve_stock_update_request").then().statusCode(200);

        List<Map<String, Object>> open = dashboardOf(VENDOR).getList("message.open_stock_requests");
        Map<String, Object> row = open.stream().filter(r -> waiting.equals(r.get("name"))).findFirst().orElseThrow();
        assertEquals(Map.of("item", own, "action", "Add", "warehouse", WAREHOUSE, "quantity", 5, "reason", "Restock from Q2 shipment"),
                Map.of("item", row.get("item"), "action", row.get("action"), "warehouse", row.get("warehouse"),
                        "quantity", row.get("quantity"), "reason", row.get("reason")));
        assertTrue(((String) row.get("creation")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), () -> "creation " + row.get("creation"));
        List<Object> names = open.stream().map(r -> r.get("name")).toList();
        assertFalse(names.contains(approved), "approved is no longer open");
        assertFalse(names.contains(othersRequest));
    }

    private static String stockRequest(Api.TestUser user, String item, int quantity) {
        return user.request().contentType(ContentType.JSON).body(Map.of("item", item, "action", "Add", "warehouse", WAREHOUSE,
                        "quantity", quantity, "reason", "Restock from Q2 shipment"))
                .post("/api/method/medgrid.api.create_stock_update_request").then().statusCode(200).extract().path("message.name");
    }

    @Test
    void integrationsShowHealthNeverCredentials() {
        List<Map<String, Object>> integrations = dashboardOf(VENDOR).getList("message.integrations");
        assertFalse(integrations.isEmpty(), "a vendor may connect the self-service integrations");
        for (Map<String, Object> row : integrations) {
            assertEquals(Set.of("id", "label", "connected", "status", "last_sync_at", "last_error"), row.keySet());
            assertEquals(false, row.get("connected"), () -> "a new vendor has connected nothing: " + row);
            assertEquals("not_connected", row.get("status"));
        }
    }

    @Test
    void onlyTheVendorItselfAndMarketplaceStaffSeeItsDashboard() {
        Api.assertError(dashboard(Api.newUser("Customer"), Map.of()), 403, "PermissionError", "Vendor");
        Api.assertError(dashboard(Api.newUser("Sales User"), Map.of("vendor", VENDOR)), 403, "PermissionError", "Vendor");
        Api.assertError(dashboard(vendor, Map.of("vendor", OTHER_VENDOR)), 403, "PermissionError",
                "Not permitted: you do not act for Vendor Profile " + OTHER_VENDOR + ".");
        Api.assertError(dashboard(vendor, Map.of("vendor", "Nobody " + TAG)), 403, "PermissionError", "you do not act for");
        Api.assertError(dashboard(Api.newUser("Vendor"), Map.of()), 403, "PermissionError",
                "the vendor dashboard is for vendors with an approved Vendor Profile");
        Api.assertError(dashboard(Api.admin(), Map.of()), 417, "ValidationError", "vendor is required");
        Api.assertError(dashboard(officer, Map.of("vendor", "Nobody " + TAG)), 404, "DoesNotExistError",
                "Vendor Profile Nobody " + TAG + " not found.");
        dashboard(vendor, Map.of("vendor", VENDOR)).then().statusCode(200);
        JsonPath admins = dashboard(Api.admin(), Map.of("vendor", VENDOR)).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("integrations", "low_stock", "open_stock_requests", "recent_orders", "sales", "vendor"),
                admins.getMap("message").keySet().stream().sorted().toList());
        assertEquals(VENDOR, admins.getString("message.vendor"));
    }

    @Test
    void theDemoVendorsDashboardShowsTheDemoMarketplace() {
        Api.Session session = Api.session("vendor@medgrid.local", "demo-vendor");
        List<String> profiles = session.request().queryParams(Map.of("filters", "[[\"status\",\"=\",\"Approved\"]]", "limit_page_length", 0))
                .get("/api/resource/Vendor Profile").then().statusCode(200).extract().jsonPath().getList("data.name");
        List<JsonPath> dashboards = profiles.stream().map(profile -> session.request().queryParam("vendor", profile)
                .get("/api/method/medgrid.api.get_vendor_dashboard_data").then().statusCode(200).extract().jsonPath()).toList();
        assertTrue(dashboards.stream().anyMatch(d -> !d.getList("message.open_stock_requests").isEmpty()), "demo stock requests");
        assertTrue(dashboards.stream().anyMatch(d -> !d.getList("message.low_stock").isEmpty()), "a demo bin below its reorder level");
        Api.admin().request().get("/api/resource/Vendor Profile/Harbor Medical Supply").then().statusCode(200)
                .body("data.status", equalTo("Pending Approval"));
    }
}

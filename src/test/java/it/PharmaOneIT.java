package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PharmaOne end to end against the sandbox's PharmaOne (the demo org, with API keys of the test's
 * own): orders in each submission mode, none twice after a lost answer, status and tracking polled
 * back, the key's JWT kept and renewed, a missing scope named, and the catalog and stock syncs; a
 * prescription item's line goes with a prescription of the order's prescriber, made once.
 */
class PharmaOneIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
    private static final String ORG = "org_demo_skydell";
    private static final String SHOP_ID = "shop_skydell_rx";
    private static final String SHOP_DOMAIN = "skydell-rx.pharmaone.shop";
    private static final String WAREHOUSE = "PharmaOne Pharmacy - SM";
    private static final String CONTROL = "/api/sandbox/pharmaone/_sandbox/";
    private static final String API = "/api/sandbox/pharmaone/api/v2/public/orgs/" + ORG;
    private static final List<String> ALL_SCOPES = List.of("orders.read", "orders.write", "products.read", "inventory.read",
            "prescriptions.read", "prescriptions.write", "order_requests.write");

    private static final String RX_ITEM = "P1RX-" + TAG.toUpperCase();
    /** A clinic of the demo that buys at Standard Selling, with a shipping address. */
    private static final String RX_CUSTOMER = "Lone Star Hormone Center";
    private static final String NPI = "1234567893";
    private static String rxProduct;

    /** An item of the test's own that requires a prescription, mapped to the simulator's first prescription product, in stock. */
    @BeforeAll
    static void prescriptionItem() {
        List<Map<String, Object>> products = Api.request().header("Authorization", "Bearer " + jwt(key(ALL_SCOPES, 3600)))
                .queryParam("limit", 100).get(API + "/products").then().statusCode(200).extract().jsonPath().getList("data");
        rxProduct = (String) products.stream().filter(p -> Boolean.TRUE.equals(p.get("requires_prescription"))).findFirst().orElseThrow()
                .get("id");
        Api.insert("Item", Map.of("item_code", RX_ITEM, "item_name", "Semaglutide PharmaOne " + TAG, "requires_prescription", 1,
                "pharmaone_product_id", rxProduct));
        Api.insert("Item Price", Map.of("item_code", RX_ITEM, "price_list", "Standard Selling", "price_list_rate", 199));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", RX_ITEM, "warehouse", WAREHOUSE, "qty", 100))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
    }

    @AfterAll
    static void demoAccountsAgain() {
        Demo.connectDemoAccounts();
    }

    /** A new API key of the demo org with these scopes and token lifetime. */
    private static String key(List<String> scopes, int tokenLifetimeSeconds) {
        String key = "p1_it_" + TAG + "_" + UUID.randomUUID().toString().substring(0, 6);
        Api.request().contentType(ContentType.JSON).body(Map.of("org_id", ORG, "api_key", key, "scopes", scopes,
                "token_lifetime_seconds", tokenLifetimeSeconds)).post(CONTROL + "keys").then().statusCode(200);
        return key;
    }

    /** A JWT for the key, as the test's own client of PharmaOne. */
    private static String jwt(String key) {
        return Api.request().header("apikey", key).contentType(ContentType.JSON).body(Map.of()).post(API + "/auth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static Response connect(String key, String mode) {
        Map<String, Object> body = new HashMap<>(Map.of("integration_type", "pharmaone", "pharmaone_api_key", key, "pharmaone_org_id", ORG,
                "pharmaone_submission_mode", mode));
        if (mode.equals("connector")) {
            body.put("pharmaone_shop_domain", SHOP_DOMAIN);
        } else {
            body.put("pharmaone_shop_id", SHOP_ID);
        }
        return Api.admin().request().contentType(ContentType.JSON).body(body).post("/api/method/medgrid.integrations.connect");
    }

    private static void connected(String key, String mode) {
        connect(key, mode).then().statusCode(200).body("message.ok", equalTo(true)).body("message.status", equalTo("connected"));
    }

    private static Map<String, Integer> calls() {
        return Api.request().queryParam("org_id", ORG).get(CONTROL + "calls").then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static int count(Map<String, Integer> calls, String operation) {
        Object n = calls.get(operation);
        return n == null ? 0 : ((Number) n).intValue();
    }

    private static List<Map<String, Object>> ordersFor(String dispatch) {
        return Api.request().queryParam("org_id", ORG).get(CONTROL + "orders").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("orders").stream().filter(o -> dispatch.equals(o.get("external_id"))).toList();
    }

    private static String order() {
        return Demo.order(List.of(Demo.line("B12LOZ", WAREHOUSE)));
    }

    /** An order of the prescription item with a prescriber, by the admin; submitted or a draft. */
    private static String rxOrder(boolean submitted) {
        Map<String, Object> body = new HashMap<>(Map.of("customer", RX_CUSTOMER, "prescriber_npi", NPI,
                "items", List.of(Map.of("item_code", RX_ITEM, "qty", 1, "warehouse", WAREHOUSE))));
        if (submitted) {
            body.put("docstatus", 1);
        }
        return Api.admin().request().contentType(ContentType.JSON).body(body).post("/api/resource/Sales Order").then().statusCode(200)
                .extract().path("data.name");
    }

    /** The prescription's external_id for the order's (only) line. */
    private static String prescriptionExternalId(String order) {
        return order + "-pharmaone-" + salesOrder(order).getString("data.items[0].name");
    }

    private static List<Map<String, Object>> prescriptionsFor(String externalId) {
        return Api.request().queryParam("org_id", ORG).get(CONTROL + "prescriptions").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("prescriptions").stream().filter(p -> externalId.equals(p.get("external_id"))).toList();
    }

    private static Map<String, Object> onlyPrescription(String order) {
        List<Map<String, Object>> prescriptions = prescriptionsFor(prescriptionExternalId(order));
        assertEquals(1, prescriptions.size(), "one prescription for " + order);
        return prescriptions.get(0);
    }

    private static JsonPath salesOrder(String name) {
        return Api.admin().request().get("/api/resource/Sales Order/" + name).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aV2OrderIsPlacedOnceAndItsTrackingComesBackByPolling() {
        connected(key(ALL_SCOPES, 3600), "v2");
        String order = order();
        ShipStationShop.awaitSent(order, "pharmaone", Duration.ofSeconds(60));
        List<Map<String, Object>> placed = ordersFor(order + "-pharmaone");
        assertEquals(1, placed.size(), "one PharmaOne order");
        assertEquals(placed.get(0).get("id"), salesOrder(order).getString("data.pharmaone_order_id"));
        assertEquals(SHOP_ID, placed.get(0).get("shop_id"));

        // the pharmacy moves it on (the demo org's orders also move by themselves: it may be there already)
        for (int stage = 0; stage < 2; stage++) {
            int status = Api.request().contentType(ContentType.JSON).body(Map.of("org_id", ORG, "order_id", placed.get(0).get("id")))
                    .post(CONTROL + "advance").statusCode();
            assertTrue(status == 200 || status == 409, "advance answered " + status);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Demo.SHIPPED.contains(salesOrder(order).getString("data.pharmaone_status")));
        JsonPath shipped = salesOrder(order);
        assertNotNull(shipped.getString("data.pharmaone_tracking_number"));
        assertEquals("USPS", shipped.getString("data.pharmaone_carrier"));
    }

    @Test
    void aV2OrderPharmaOneAlreadyHasIsFoundNotCreatedAgain() {
        String key = key(ALL_SCOPES, 3600);
        connected(key, "v2");
        // the answer to the first creation was lost: PharmaOne has the order, MedGrid does not know it
        String draft = Api.session(Demo.PARTNER, Demo.PARTNER_PASSWORD).request().contentType(ContentType.JSON)
                .body(Map.of("customer", Demo.CLINIC, "items", List.of(Demo.line("B12LOZ", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        String product = Api.admin().request().get("/api/resource/Item/" + Demo.line("B12LOZ", WAREHOUSE).get("item_code")).then()
                .extract().path("data.pharmaone_product_id");
        String earlier = Api.request().header("Authorization", "Bearer " + jwt(key)).contentType(ContentType.JSON)
                .body(Map.of("external_id", draft + "-pharmaone", "shop_id", SHOP_ID, "patient", Map.of("first_name", "Bay", "last_name", "Side"),
                        "shipping_address", Map.of("name", "Bay Side", "address1", "100 Main Street", "city", "San Diego", "state", "CA",
                                "zip", "92101", "country", "US"), "items", List.of(Map.of("product_id", product, "quantity", 1))))
                .post(API + "/orders").then().statusCode(201).extract().path("id");

        Api.session(Demo.PARTNER, Demo.PARTNER_PASSWORD).request().contentType(ContentType.JSON).body(Map.of("docstatus", 1))
                .put("/api/resource/Sales Order/" + draft).then().statusCode(200);
        ShipStationShop.awaitSent(draft, "pharmaone", Duration.ofSeconds(60));
        assertEquals(1, ordersFor(draft + "-pharmaone").size(), "still one PharmaOne order");
        assertEquals(earlier, salesOrder(draft).getString("data.pharmaone_order_id"));
    }

    @Test
    void v1OrderRequestsAndTheConnectorNeedOnlyTheKey() {
        String key = key(ALL_SCOPES, 3600);
        for (String mode : List.of("v1", "connector")) {
            connected(key, mode);
            Map<String, Integer> before = calls();
            String order = order();
            ShipStationShop.awaitSent(order, "pharmaone", Duration.ofSeconds(60));
            Map<String, Integer> after = calls();
            String operation = mode.equals("v1") ? "order_request" : "external_order";
            assertEquals(count(before, operation) + 1, count(after, operation), mode);
            assertEquals(count(before, "create_order"), count(after, "create_order"), mode + " creates no v2 order");
            List<Map<String, Object>> placed = ordersFor(order + "-pharmaone");
            assertEquals(1, placed.size(), mode);
            assertEquals(placed.get(0).get("id"), salesOrder(order).getString("data.pharmaone_order_id"), mode);
        }
    }

    @Test
    void theJwtIsKeptWhileValidAndRenewedAfter() {
        String key = key(ALL_SCOPES, 20);
        connected(key, "v2"); // checking the key at connect exchanged it for a token, kept for about 16 s
        String witness = jwt(key); // issued just after MedGrid's: once PharmaOne refuses it, MedGrid's is past renewal too
        int start = count(calls(), "token");
        String first = order();
        ShipStationShop.awaitSent(first, "pharmaone", Duration.ofSeconds(10));
        String second = order();
        ShipStationShop.awaitSent(second, "pharmaone", Duration.ofSeconds(10));
        int kept = count(calls(), "token");
        assertEquals(start, kept, "orders within the token's life exchanged the key again");

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> Api.request().header("Authorization", "Bearer " + witness).get(API + "/orders").statusCode() == 401);
        String third = order();
        ShipStationShop.awaitSent(third, "pharmaone", Duration.ofSeconds(60));
        assertTrue(count(calls(), "token") > kept, "a token near its expiry was renewed");
    }

    @Test
    void aKeyWithoutTheScopeIsRefusedNamingIt() {
        connected(key(List.of("orders.read", "products.read", "inventory.read"), 3600), "v2");
        String order = order();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> String.valueOf(
                ShipStationShop.dispatch(order, "pharmaone").getString("data.last_error")).contains("lacks the scope orders.write"));
        List<Map<String, Object>> rows = Api.admin().request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .extract().jsonPath().getList("message.integrations");
        Map<String, Object> pharmaone = rows.stream().filter(r -> "pharmaone".equals(r.get("id"))).findFirst().orElseThrow();
        assertEquals("error", pharmaone.get("status"));
        assertTrue(String.valueOf(pharmaone.get("last_error")).contains("orders.write"), String.valueOf(pharmaone.get("last_error")));

        // once the key may write, the waiting order goes through
        connected(key(ALL_SCOPES, 3600), "v2");
        ShipStationShop.awaitSent(order, "pharmaone", Duration.ofSeconds(90));
    }

    @Test
    void aPrescriptionLineGoesWithAPrescriptionOfTheOrdersPrescriberInEveryMode() {
        String key = key(ALL_SCOPES, 3600);
        for (String mode : List.of("v2", "connector")) {
            connected(key, mode);
            String order = rxOrder(true);
            ShipStationShop.awaitSent(order, "pharmaone", Duration.ofSeconds(60));
            Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-perfectrx").then().statusCode(404);
            Map<String, Object> prescription = onlyPrescription(order);
            assertEquals(NPI, ((Map<?, ?>) prescription.get("prescriber")).get("npi"), mode);
            assertEquals(rxProduct, prescription.get("product_id"), mode);
            assertEquals(1, prescription.get("quantity"), mode);
            assertEquals(mode.equals("v2") ? SHOP_ID : null, prescription.get("shop_id"), mode + ": the connection's shop, if it names one");
            List<Map<String, Object>> placed = ordersFor(order + "-pharmaone");
            assertEquals(1, placed.size(), mode);
            List<Map<String, Object>> items = (List<Map<String, Object>>) placed.get(0).get("items");
            assertEquals(rxProduct, items.get(0).get("product_id"), mode);
            assertEquals(prescription.get("id"), items.get(0).get("prescription_id"), mode);
            assertEquals(placed.get(0).get("id"), salesOrder(order).getString("data.pharmaone_order_id"), mode + ": the order is the vendor order");
        }
    }

    @Test
    void aPrescriptionPharmaOneAlreadyHasIsFoundNotCreatedAgain() {
        String key = key(ALL_SCOPES, 3600);
        connected(key, "v2");
        // the answer to the prescription's creation was lost: PharmaOne has it, MedGrid does not know it
        String draft = rxOrder(false);
        String externalId = prescriptionExternalId(draft);
        String earlier = Api.request().header("Authorization", "Bearer " + jwt(key)).contentType(ContentType.JSON)
                .body(Map.of("external_id", externalId, "patient", Map.of("first_name", "Lone", "last_name", "Star"),
                        "prescriber", Map.of("npi", NPI), "product_id", rxProduct, "quantity", 1))
                .post(API + "/prescriptions").then().statusCode(201).extract().path("id");
        int created = count(calls(), "create_prescription");

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("docstatus", 1)).put("/api/resource/Sales Order/" + draft)
                .then().statusCode(200);
        ShipStationShop.awaitSent(draft, "pharmaone", Duration.ofSeconds(60));
        assertEquals(earlier, onlyPrescription(draft).get("id"), "still one prescription");
        assertEquals(created, count(calls(), "create_prescription"), "no prescription created again");
        List<Map<String, Object>> items = (List<Map<String, Object>>) ordersFor(draft + "-pharmaone").get(0).get("items");
        assertEquals(earlier, items.get(0).get("prescription_id"));
    }

    @Test
    void aKeyThatMayNotWritePrescriptionsIsRefusedNamingTheScope() {
        List<String> withoutWrite = ALL_SCOPES.stream().filter(scope -> !scope.equals("prescriptions.write")).toList();
        connected(key(withoutWrite, 3600), "v2");
        String order = rxOrder(true);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> String.valueOf(
                ShipStationShop.dispatch(order, "pharmaone").getString("data.last_error")).contains("lacks the scope prescriptions.write"));
        List<Map<String, Object>> rows = Api.admin().request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .extract().jsonPath().getList("message.integrations");
        Map<String, Object> pharmaone = rows.stream().filter(r -> "pharmaone".equals(r.get("id"))).findFirst().orElseThrow();
        assertEquals("error", pharmaone.get("status"));
        assertTrue(String.valueOf(pharmaone.get("last_error")).contains("prescriptions.write"), String.valueOf(pharmaone.get("last_error")));
        assertEquals(List.of(), ordersFor(order + "-pharmaone"), "no order without its prescription");

        // once the key may write them, the waiting order goes through with one
        connected(key(ALL_SCOPES, 3600), "v2");
        ShipStationShop.awaitSent(order, "pharmaone", Duration.ofSeconds(90));
        assertEquals(onlyPrescription(order).get("id"),
                ((List<Map<String, Object>>) ordersFor(order + "-pharmaone").get(0).get("items")).get(0).get("prescription_id"));
    }

    @Test
    void aWrongKeyIsRefusedAtConnectAndNothingIsSaved() {
        connect("p1_not_a_key_" + TAG, "v2").then().statusCode(200).body("message.ok", equalTo(false))
                .body("message.status", equalTo("error"));
        connect(key(ALL_SCOPES, 3600), "connector").then().statusCode(200); // restores a working connection below
        Map<String, Object> incomplete = Map.of("integration_type", "pharmaone", "pharmaone_api_key", key(ALL_SCOPES, 3600),
                "pharmaone_org_id", ORG, "pharmaone_submission_mode", "v2");
        Api.admin().request().contentType(ContentType.JSON).body(incomplete).post("/api/method/medgrid.integrations.connect").then()
                .statusCode(200).body("message.ok", equalTo(false)).body("message.error", org.hamcrest.Matchers.containsString("pharmaone_shop_id"));
    }

    @Test
    void theCatalogAndStockSyncsMapAndMirrorTheDemoItems() {
        connected(key(ALL_SCOPES, 3600), "v2");
        JsonPath catalog = Api.admin().request().post("/api/method/medgrid.pharmaone.sync_catalog").then().statusCode(200).extract().jsonPath();
        assertEquals("ok", catalog.getString("message.status"));
        // every product whose SKU is an Item (a database loaded before the prescription product has 20 of the 30)
        List<String> skus = Api.request().header("Authorization", "Bearer " + jwt(key(ALL_SCOPES, 3600))).queryParam("limit", 100)
                .get(API + "/products").then().statusCode(200).extract().jsonPath().getList("data.sku");
        long items = skus.stream().filter(sku -> Api.admin().request().get("/api/resource/Item/" + sku).statusCode() == 200).count();
        assertTrue(items >= 20, items + " demo items of PharmaOne");
        assertEquals(items, catalog.getInt("message.matched"), "every demo item of PharmaOne");
        JsonPath stock = Api.admin().request().post("/api/method/medgrid.pharmaone.sync_inventory").then().statusCode(200).extract().jsonPath();
        assertEquals(WAREHOUSE, stock.getString("message.warehouse"));
        assertTrue(stock.getInt("message.updated") >= 20, stock.prettify());

        String key = key(ALL_SCOPES, 3600);
        Map<String, Object> row = Api.request().header("Authorization", "Bearer " + jwt(key)).queryParam("page", 1).queryParam("limit", 1)
                .get(API + "/inventory").then().statusCode(200).extract().jsonPath().getMap("data[0]");
        String item = (String) row.get("sku");
        JsonPath bin = Api.admin().request().get("/api/resource/Bin/" + item + " - " + WAREHOUSE).then().statusCode(200).extract().jsonPath();
        double available = bin.getDouble("data.actual_qty") - bin.getDouble("data.reserved_qty");
        assertEquals(((Number) row.get("available")).doubleValue(), available, 0.001, item);
    }
}

package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exoceuticals through its Shopify store, against the sandbox's Shopify: orders created once per
 * dispatch (also when the answer to orderCreate is lost), fulfilment back by HMAC-verified webhooks
 * that are deduplicated and never move an order back, the catalog mapped by SKU over cursor pages
 * within a small cost bucket, userErrors, a frozen shop, and the app install by OAuth.
 */
class ExoceuticalsIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final String SHOP = "exoceuticals-demo.myshopify.com";
    private static final String CONTROL = "/api/sandbox/shopify/" + SHOP + "/_sandbox/";
    private static final String WAREHOUSE = "Exoceuticals Warehouse - SM";
    private static final String WEBHOOK = "/api/method/medgrid.exoceuticals.webhook";
    private static final String WEBHOOK_SECRET = "demo-exoceuticals-webhook-secret";

    /** Once for the class: connecting probes every vendor, and ShipStation counts probes against its rate limit. */
    @BeforeAll
    static void demoAccounts() {
        Demo.connectDemoAccounts();
    }

    private static String demoOrder() {
        return Demo.order(List.of(Demo.line("EXO-HYAL", WAREHOUSE)));
    }

    private static JsonPath salesOrder(String name) {
        return Api.admin().request().get("/api/resource/Sales Order/" + name).then().statusCode(200).extract().jsonPath();
    }

    /** The simulator's orders carrying the dispatch's tag. */
    private static List<Map<String, Object>> storeOrdersOf(String order) {
        List<Map<String, Object>> all = Api.request().get(CONTROL + "orders").then().statusCode(200).extract().jsonPath().getList("orders");
        return all.stream().filter(o -> String.valueOf(o.get("tags")).contains("medgrid-" + order + "-exoceuticals")).toList();
    }

    private static Map<String, Object> exoceuticalsConnection() {
        List<Map<String, Object>> rows = Api.admin().request().post("/api/method/medgrid.integrations.list_connections").then()
                .statusCode(200).extract().jsonPath().getList("message.integrations");
        return rows.stream().filter(row -> "exoceuticals".equals(row.get("id"))).findFirst().orElseThrow();
    }

    private static void control(String path, Map<String, Object> body) {
        Api.request().contentType(ContentType.JSON).body(body).post(CONTROL + path).then().statusCode(200);
    }

    private static Response webhook(String topic, String webhookId, Instant triggeredAt, String body, String secret) {
        return Api.request().contentType(ContentType.JSON).header("X-Shopify-Topic", topic).header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Triggered-At", triggeredAt.toString()).header("X-Shopify-Shop-Domain", SHOP)
                .header("X-Shopify-Hmac-Sha256", hmac(secret, body)).body(body).post(WEBHOOK);
    }

    private static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOrderGoesToTheStoreOnceAndComesBackFulfilled() {
        String order = demoOrder();
        ShipStationShop.awaitSent(order, "exoceuticals", Duration.ofSeconds(60));
        JsonPath placed = salesOrder(order);
        assertTrue(placed.getString("data.exoceuticals_order_id").startsWith("gid://shopify/Order/"), placed.getString("data.exoceuticals_order_id"));
        assertTrue(placed.getString("data.exoceuticals_order_name").startsWith("#"), placed.getString("data.exoceuticals_order_name"));

        JsonPath shipped = Demo.awaitShipped(order, "exoceuticals");
        assertEquals("UPS", shipped.getString("message.shipments[0].carrier").toUpperCase());
        JsonPath fulfilled = salesOrder(order);
        assertEquals("Fulfilled", fulfilled.getString("data.exoceuticals_status"));
        assertEquals("Shipped", fulfilled.getString("data.fulfillment_status"));

        List<Map<String, Object>> inStore = storeOrdersOf(order);
        assertEquals(1, inStore.size(), "one Shopify order per dispatch: " + inStore);
        assertTrue(String.valueOf(inStore.get(0).get("tags")).contains("Skydell"), "the order tag Exoceuticals asks for");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.exoceuticals.sync_to_exoceuticals"), 409, "DuplicateEntryError", "already in Exoceuticals' store");
        Api.admin().request().queryParam("sales_order", order).get("/api/method/medgrid.exoceuticals.poll_exoceuticals_status")
                .then().statusCode(200).body("message", equalTo("Fulfilled"));
    }

    @Test
    void anOrderCreateWhoseAnswerIsLostIsFoundInsteadOfCreatedTwice() {
        control("faults", Map.of("mode", "lost_answer", "count", 1, "operation", "MedgridOrderCreate"));
        String order = demoOrder();
        ShipStationShop.awaitSent(order, "exoceuticals", Duration.ofSeconds(90));
        assertEquals(1, storeOrdersOf(order).size(), "the resend found the order the lost answer was about");
        assertTrue(ShipStationShop.dispatch(order, "exoceuticals").getList("data.attempt_log").size() >= 2, "the first attempt timed out");
    }

    @Test
    void webhooksAreVerifiedKeptOnceAndNeverMoveAnOrderBack() {
        String order = demoOrder();
        ShipStationShop.awaitSent(order, "exoceuticals", Duration.ofSeconds(60));
        String gid = salesOrder(order).getString("data.exoceuticals_order_id");
        long id = Long.parseLong(gid.substring(gid.lastIndexOf('/') + 1));
        Instant now = Instant.now();
        String fulfilled = "{\"id\":" + id + ",\"admin_graphql_api_id\":\"" + gid + "\",\"fulfillment_status\":\"fulfilled\",\"cancelled_at\":null,"
                + "\"fulfillments\":[{\"tracking_number\":\"1Z-" + TAG + "\",\"tracking_company\":\"UPS\",\"tracking_urls\":[\"https://ups.example/" + TAG + "\"]}]}";

        Api.assertError(webhook("orders/fulfilled", "wh-" + TAG + "-0", now, fulfilled, "wrong-secret"), 401, "AuthenticationError",
                "HMAC verification failed.");
        Api.assertError(webhook("products/update", "wh-" + TAG + "-1", now, fulfilled, WEBHOOK_SECRET), 417, "ValidationError", "Unsupported topic");
        Api.assertError(webhook("orders/updated", "wh-" + TAG + "-2", now, fulfilled.replace(gid, "gid://shopify/Order/1"), WEBHOOK_SECRET),
                404, "DoesNotExistError", "was placed by MedGrid");

        Instant later = now.plusSeconds(60); // after anything the simulator's own merchant sends for this order
        webhook("orders/fulfilled", "wh-" + TAG + "-3", later, fulfilled, WEBHOOK_SECRET).then().statusCode(200)
                .body("message.status", equalTo("ok")).body("message.topic", equalTo("orders/fulfilled")).body("message.sales_order", equalTo(order));
        await().atMost(Duration.ofSeconds(30)).until(() -> ("1Z-" + TAG).equals(salesOrder(order).getString("data.exoceuticals_tracking_number")));
        assertEquals("https://ups.example/" + TAG, salesOrder(order).getString("data.exoceuticals_tracking_url"));

        // Shopify delivers a webhook again with the same id: kept once
        webhook("orders/fulfilled", "wh-" + TAG + "-3", later, fulfilled, WEBHOOK_SECRET).then().statusCode(200);
        // an older update (unfulfilled) changes nothing; a newer cancellation does
        String unfulfilled = "{\"id\":" + id + ",\"admin_graphql_api_id\":\"" + gid + "\",\"fulfillment_status\":null,\"cancelled_at\":null,\"fulfillments\":[]}";
        webhook("orders/updated", "wh-" + TAG + "-4", later.minusSeconds(3600), unfulfilled, WEBHOOK_SECRET).then().statusCode(200);
        String cancelled = unfulfilled.replace("\"cancelled_at\":null", "\"cancelled_at\":\"" + later.plusSeconds(60) + "\"");
        webhook("orders/cancelled", "wh-" + TAG + "-5", later.plusSeconds(60), cancelled, WEBHOOK_SECRET).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "Cancelled".equals(salesOrder(order).getString("data.exoceuticals_status")));
        List<String> kept = Api.admin().request().queryParam("filters", "[[\"source\", \"=\", \"exoceuticals\"], [\"dedupe_key\", \"like\", \"wh-" + TAG + "%\"]]")
                .queryParam("fields", "[\"name\"]").get("/api/resource/Webhook Inbox").then().statusCode(200).extract().jsonPath().getList("data.name");
        assertEquals(3, kept.size(), "three distinct webhooks kept, the redelivery not: " + kept);
    }

    @Test
    void theCatalogIsMappedBySkuOverEveryPageWithinASmallCostBucket() {
        String prefix = "EXO-SIM-" + TAG + "-";
        control("catalog", Map.of("variants", 600, "sku_prefix", prefix));
        String mapped = prefix + "00007";
        Api.insert("Item", Map.of("item_code", mapped, "item_name", "Mapped by SKU " + TAG, "stock_uom", "Box"));
        control("bucket", Map.of("size", 300, "restore_rate", 150));
        try {
            CompletableFuture<Response> sync = CompletableFuture.supplyAsync(
                    () -> Api.admin().request().post("/api/method/medgrid.exoceuticals.sync_catalog"));
            // while it runs, list_connections shows it syncing, with its counts so far
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Map<String, Object> row = exoceuticalsConnection();
                return "syncing".equals(row.get("status")) && String.valueOf(row.get("stats")).contains("catalog_pages");
            });
            sync.join().then().statusCode(200)
                    .body("message.status", equalTo("ok")).body("message.matched", greaterThanOrEqualTo(31))
                    .body("message.unmatched_count", greaterThanOrEqualTo(599)).body("message.unmatched_skus.size()", equalTo(50));
        } finally {
            control("bucket", Map.of("size", 1000, "restore_rate", 50));
        }
        assertEquals("connected", exoceuticalsConnection().get("status"));
        JsonPath item = Api.admin().request().get("/api/resource/Item/" + mapped).then().statusCode(200).extract().jsonPath();
        assertTrue(item.getString("data.exoceuticals_variant_id").startsWith("gid://shopify/ProductVariant/"), item.getString("data.exoceuticals_variant_id"));
        assertTrue(item.getString("data.exoceuticals_inventory_item_id").startsWith("gid://shopify/InventoryItem/"));
        assertTrue(item.getString("data.exoceuticals_product_id").startsWith("gid://shopify/Product/"));
    }

    @Test
    void inventoryIsMirroredIntoTheWarehouseBinsAsShopifyCountsIt() {
        Api.admin().request().post("/api/method/medgrid.exoceuticals.sync_inventory").then().statusCode(200)
                .body("message.status", equalTo("ok")).body("message.updated", greaterThanOrEqualTo(30))
                .body("message.warehouse", equalTo(WAREHOUSE));
        JsonPath item = Api.admin().request().queryParam("fields", "[\"name\", \"exoceuticals_inventory_item_id\", \"exoceuticals_qty\"]")
                .queryParam("filters", "[[\"item_code\", \"like\", \"EXO-NMN-%\"]]").queryParam("limit_page_length", 1)
                .get("/api/resource/Item").then().statusCode(200).extract().jsonPath();
        String code = item.getString("data[0].name");
        Map<String, Object> variables = Map.of("ids", List.of(item.getString("data[0].exoceuticals_inventory_item_id")),
                "locationId", "gid://shopify/Location/1001");
        JsonPath level = Api.request().contentType(ContentType.JSON).header("X-Shopify-Access-Token", "shpat_demo_exoceuticals")
                .body(Map.of("query", "query MedgridInventoryLevels { __typename }", "operationName", "MedgridInventoryLevels", "variables", variables))
                .post("/api/sandbox/shopify/" + SHOP + "/admin/api/2026-04/graphql.json").then().statusCode(200).extract().jsonPath();
        Object inventoryLevel = level.get("data.nodes[0].inventoryLevel");
        double available = inventoryLevel == null ? 0 : level.getDouble("data.nodes[0].inventoryLevel.quantities[0].quantity");
        assertEquals(Math.max(0, available), item.getDouble("data[0].exoceuticals_qty"), 0.0001);
        double projected = Api.admin().request().get("/api/resource/Bin/" + code + " - " + WAREHOUSE).then().statusCode(200)
                .extract().jsonPath().getDouble("data.projected_qty");
        assertEquals(Math.max(0, available), projected, 0.0001, "what MedGrid can sell from the warehouse is what Shopify has available");
    }

    @Test
    void userErrorsFailTheDispatchWithShopifysWordsAndAFrozenShopBreaksTheConnection() {
        String item = "EXO-GONE-" + TAG;
        Api.insert("Item", Map.of("item_code", item, "item_name", "Discontinued " + TAG, "stock_uom", "Box",
                "exoceuticals_variant_id", "gid://shopify/ProductVariant/999999999"));
        for (String list : List.of("Standard Selling", "Partner Selling")) {
            Api.insert("Item Price", Map.of("item_code", item, "price_list", list, "price_list_rate", 12));
        }
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 10))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        String order = Demo.order(List.of(Map.<String, Object>of("item_code", item, "qty", 1, "warehouse", WAREHOUSE)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "Failed".equals(ShipStationShop.dispatch(order, "exoceuticals").getString("data.status")));
        assertTrue(ShipStationShop.dispatch(order, "exoceuticals").getString("data.last_error").startsWith("Shopify refused the order: "),
                ShipStationShop.dispatch(order, "exoceuticals").getString("data.last_error"));

        control("faults", Map.of("mode", "http_402", "count", 1, "operation", "MedgridShop"));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("integration_type", "exoceuticals"))
                .post("/api/method/medgrid.integrations.test_connection").then().statusCode(200)
                .body("message.ok", equalTo(false)).body("message.error", startsWith("The Shopify shop is frozen (HTTP 402"));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("integration_type", "exoceuticals"))
                .post("/api/method/medgrid.integrations.test_connection").then().statusCode(200).body("message.ok", equalTo(true));
    }

    @Test
    void theAppIsInstalledByOAuthWithEveryCheck() {
        String install = Api.admin().request().queryParam("shop", SHOP).get("/api/method/medgrid.exoceuticals.oauth_install_url")
                .then().statusCode(200).body("message.shop", equalTo(SHOP))
                .body("message.redirect_uri", equalTo(Api.baseUri() + "/api/method/medgrid.exoceuticals.oauth_callback"))
                .extract().path("message.install_url");
        // the merchant approves: Shopify (the sandbox) sends the browser back to the callback with a signed query
        String callback = Api.request().urlEncodingEnabled(false).redirects().follow(false)
                .get(URI.create(install).getRawPath() + "?" + URI.create(install).getRawQuery())
                .then().statusCode(302).extract().header("Location");
        String query = URI.create(callback).getRawQuery();
        String path = URI.create(callback).getRawPath();

        Api.request().urlEncodingEnabled(false).get(path + "?" + query.replaceAll("hmac=[0-9a-f]+", "hmac=" + "0".repeat(64)))
                .then().statusCode(401).body("status", equalTo("error")).body("message", equalTo("HMAC verification failed."));
        Api.request().urlEncodingEnabled(false).get(path + "?" + query).then().statusCode(200)
                .body("status", equalTo("success")).body("shop", equalTo(SHOP))
                .body("message", equalTo("Exoceuticals connected. You can close this tab."));
        Api.request().urlEncodingEnabled(false).get(path + "?" + query).then().statusCode(401)
                .body("status", equalTo("error")).body("message", equalTo("OAuth state expired or invalid"));
        Api.assertError(Api.admin().request().queryParam("shop", "evil.example.com").get("/api/method/medgrid.exoceuticals.oauth_install_url"),
                417, "ValidationError", "myshopify.com");

        // the installed token works: a new order goes to the store with it
        String order = demoOrder();
        ShipStationShop.awaitSent(order, "exoceuticals", Duration.ofSeconds(60));
    }
}

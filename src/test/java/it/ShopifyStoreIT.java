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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vendor connects its own Shopify store (integration guide, "A6a — Vendor Self-Connect"): the
 * OAuth install with every check, the connection in the integrations hub, the catalog pull onto
 * the vendor's own items only, and MedGrid's orders for those items created in the vendor's store,
 * with fulfilment back by the webhooks MedGrid subscribed. The store is the sandbox's, a shop of
 * this test's own.
 */
class ShopifyStoreIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final String SHOP = "it-store-" + TAG.toLowerCase() + ".myshopify.com";
    private static final String CONTROL = "/api/sandbox/shopify/" + SHOP + "/_sandbox/";
    private static final String SKU = "SS" + TAG + "-";
    private static final String VENDOR = "Store Vendor " + TAG;
    private static final String OTHER_VENDOR = "Other Store Vendor " + TAG;
    private static final String WAREHOUSE = "Store " + TAG + " - H" + TAG.substring(0, 4);
    private static final String CLINIC = "Store Clinic " + TAG;
    private static final String PRICES = "Store Prices " + TAG;
    private static final String APP_SECRET = "medgrid-sandbox-app-secret";
    private static Api.TestUser vendor;
    private static Api.TestUser partner;

    /** The vendor's items are the store's first three SKUs; another vendor sells the fourth. */
    private static String item(int n) {
        return SKU + String.format("%05d", n);
    }

    @BeforeAll
    static void aVendorWithAStore() {
        Api.insert("Company", Map.of("company_name", "Store Co " + TAG, "abbr", "H" + TAG.substring(0, 4)));
        Api.insert("Warehouse", Map.of("warehouse_name", "Store " + TAG, "company", "Store Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        vendor = Api.approvedVendor(VENDOR);
        Api.insert("Vendor Profile", Map.of("vendor_name", OTHER_VENDOR, "vendor_user", Api.newUser("Vendor").email(), "status", "Approved"));
        for (int n = 1; n <= 4; n++) {
            Api.insert("Item", Map.of("item_code", item(n), "item_name", "Store product " + n + " " + TAG,
                    "default_supplier", n <= 3 ? VENDOR : OTHER_VENDOR));
            Api.insert("Item Price", Map.of("item_code", item(n), "price_list", PRICES, "price_list_rate", 20 + n));
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item(n), "warehouse", WAREHOUSE, "qty", 100))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
        Api.request().contentType(ContentType.JSON).body(Map.of("variants", 12, "sku_prefix", SKU)).post(CONTROL + "catalog")
                .then().statusCode(200).body("variants", equalTo(12));
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", PRICES,
                "email_id", "orders@store-" + TAG.toLowerCase() + ".example"));
        Api.insert("Address", Map.of("address_title", CLINIC, "address_type", "Shipping", "address_line1", "9 Harbor Road",
                "city", "San Diego", "state", "CA", "pincode", "92101", "customer", CLINIC));

        String callback = approve(startInstall(vendor, SHOP).then().statusCode(200).extract().path("message.authorize_url"));
        get(callback).then().statusCode(200).body("message.ok", equalTo(true)).body("message.shop", equalTo(SHOP))
                .body("message.redirect", equalTo("/portal/integrations?shopify=connected"));
    }

    private static Response startInstall(Api.TestUser user, String shop) {
        return user.request().contentType(ContentType.JSON).body(Map.of("shop_domain", shop))
                .post("/api/method/medgrid.integrations.shopify_start_install");
    }

    /** The merchant approves in Shopify (the sandbox), which sends the browser back to MedGrid: the callback's path and query. */
    private static String approve(String authorizeUrl) {
        URI authorize = URI.create(authorizeUrl);
        String location = Api.request().urlEncodingEnabled(false).redirects().follow(false)
                .get(authorize.getRawPath() + "?" + authorize.getRawQuery()).then().statusCode(302).extract().header("Location");
        URI callback = URI.create(location);
        return callback.getRawPath() + "?" + callback.getRawQuery();
    }

    private static Response get(String pathAndQuery) {
        return Api.request().urlEncodingEnabled(false).get(pathAndQuery);
    }

    private static Map<String, Object> shopifyRow(Api.TestUser user) {
        List<Map<String, Object>> rows = user.request().get("/api/method/medgrid.integrations.list_connections")
                .then().statusCode(200).extract().jsonPath().getList("message.integrations");
        return rows.stream().filter(r -> "shopify".equals(r.get("id"))).findFirst().orElseThrow();
    }

    private static JsonPath itemOf(int n) {
        return Api.admin().request().get("/api/resource/Item/" + item(n)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theInstallIsRefusedUnlessEveryCheckPasses() {
        String authorize = startInstall(vendor, SHOP).then().statusCode(200).body("message.ok", equalTo(true))
                .body("message.authorize_url", startsWith(Api.baseUri() + "/api/sandbox/shopify/" + SHOP + "/admin/oauth/authorize?"))
                .body("message.authorize_url", containsString("scope=read_products%2Cwrite_products%2Cread_orders%2Cwrite_orders"))
                .extract().path("message.authorize_url");
        String state = URI.create(authorize).getQuery().replaceAll(".*state=([^&]+).*", "$1");
        String callback = approve(authorize);
        assertTrue(callback.contains("state=" + state), callback);

        Api.assertError(get(callback.replaceAll("hmac=[0-9a-f]+", "hmac=" + "0".repeat(64))), 401, "AuthenticationError", "HMAC verification failed.");
        Api.assertError(get(callback.replace("shop=" + SHOP, "shop=evil.example.com")), 401, "AuthenticationError", "myshopify.com");
        get(callback).then().statusCode(200).body("message.ok", equalTo(true));
        Api.assertError(get(callback), 401, "AuthenticationError", "OAuth state expired or invalid");

        // a state issued for one shop does not vouch for another shop's callback, even one Shopify signed
        String otherShop = "it-other-" + TAG.toLowerCase() + ".myshopify.com";
        String forOther = approve(startInstall(vendor, SHOP).then().extract().<String>path("message.authorize_url")
                .replace("/shopify/" + SHOP + "/", "/shopify/" + otherShop + "/"));
        Api.assertError(get(forOther), 401, "AuthenticationError", "OAuth state expired or invalid");

        Api.assertError(startInstall(vendor, "evil.example.com"), 417, "ValidationError", "myshopify.com");
        Api.assertError(startInstall(Api.admin(), SHOP), 403, "PermissionError", "vendor");
        Api.assertError(startInstall(partner, SHOP), 403, "PermissionError", "");
    }

    /** The merchant's browser comes back to the integrations page with the outcome; API clients keep the JSON answer. */
    @Test
    void aBrowserIsSentBackToTheIntegrationsPage() {
        String callback = approve(startInstall(vendor, SHOP).then().statusCode(200).extract().path("message.authorize_url"));
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        Api.request().urlEncodingEnabled(false).redirects().follow(false).accept(browser).get(callback)
                .then().statusCode(303).header("Location", equalTo(Api.baseUri() + "/portal/integrations?shopify=connected"));
        Api.request().urlEncodingEnabled(false).redirects().follow(false).accept(browser).get(callback)
                .then().statusCode(303).header("Location", equalTo(Api.baseUri() + "/portal/integrations?shopify=denied"));
        assertEquals("connected", shopifyRow(vendor).get("status"));
    }

    @Test
    void theHubShowsTheStoreAndItsChecksWithoutCredentials() {
        Map<String, Object> row = shopifyRow(vendor);
        assertEquals("Shopify", row.get("label"));
        assertEquals("oauth", row.get("auth_kind"));
        assertEquals("connected", row.get("status"));
        assertEquals(true, row.get("has_credentials"));
        String listed = vendor.request().get("/api/method/medgrid.integrations.list_connections").asString();
        assertTrue(!listed.contains("shpat_"), "an access token was listed");
        vendor.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shopify"))
                .post("/api/method/medgrid.integrations.test_connection").then().statusCode(200)
                .body("message.ok", equalTo(true)).body("message.error", equalTo(null));
        // there is no platform store: an admin acting for the platform has no Shopify integration to connect
        List<String> platformIds = Api.admin().request().get("/api/method/medgrid.integrations.list_connections").then().statusCode(200)
                .extract().jsonPath().getList("message.integrations.id");
        assertTrue(platformIds.contains("exoceuticals") && !platformIds.contains("shopify"), platformIds::toString);
    }

    @Test
    void syncNowPullsTheCatalogOntoTheVendorsOwnItemsOnly() {
        JsonPath sync = vendor.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shopify"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200).body("message.ok", equalTo(true))
                .extract().jsonPath();
        assertEquals(2, sync.getInt("message.stats.products_pulled"));
        assertEquals(true, sync.getBoolean("message.stats.round_trip_ok"));
        assertEquals(List.of(SKU + " Product 1", SKU + " Product 2"), sync.getList("message.stats.sample_titles"));
        assertEquals(3, sync.getInt("message.stats.items_matched"));
        assertEquals(9, sync.getInt("message.stats.unmatched_count"), "the other vendor's item and the SKUs without an item");

        JsonPath mine = itemOf(1);
        assertTrue(mine.getString("data.shopify_variant_id").startsWith("gid://shopify/ProductVariant/"));
        assertTrue(mine.getString("data.shopify_product_id").startsWith("gid://shopify/Product/"));
        assertNotNull(mine.getString("data.shopify_last_synced"));
        assertNull(itemOf(4).getString("data.shopify_variant_id"), "a vendor's store never maps another vendor's item");
    }

    @Test
    void anOrderForTheVendorsItemsIsCreatedInItsStoreAndFulfilmentComesBack() {
        vendor.request().contentType(ContentType.JSON).body(Map.of("integration_type", "shopify"))
                .post("/api/method/medgrid.integrations.sync_now").then().statusCode(200).body("message.ok", equalTo(true));
        String order = partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "docstatus", 1,
                        "items", List.of(Map.of("item_code", item(1), "qty", 2, "warehouse", WAREHOUSE),
                                Map.of("item_code", item(2), "qty", 1, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        ShipStationShop.awaitSent(order, "shopify", Duration.ofSeconds(60));

        List<Map<String, Object>> inStore = Api.request().get(CONTROL + "orders").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("orders").stream()
                .filter(o -> String.valueOf(o.get("tags")).contains("medgrid-" + order + "-shopify")).toList();
        assertEquals(1, inStore.size(), "one order in the vendor's store");
        assertTrue(String.valueOf(inStore.get(0).get("tags")).contains("MedGrid"));
        String shopifyId = (String) inStore.get(0).get("id");
        JsonPath placed = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
        assertEquals(shopifyId, placed.getString("data.shopify_order_id"));
        assertEquals("Unfulfilled", placed.getString("data.shopify_status"));

        // the merchant fulfils it; Shopify tells MedGrid through the subscription made at connect
        Api.request().contentType(ContentType.JSON).body(Map.of("order_id", shopifyId, "topic", "orders/fulfilled"))
                .post(CONTROL + "webhook").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> "Fulfilled".equals(
                Api.admin().request().get("/api/resource/Sales Order/" + order).then().extract().path("data.shopify_status")));
        JsonPath fulfilled = Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath();
        assertNotNull(fulfilled.getString("data.shopify_tracking_number"));
        assertEquals("UPS", fulfilled.getString("data.shopify_carrier"));
        List<String> urls = Api.request().get(CONTROL + "deliveries").then().statusCode(200).extract().jsonPath().getList("deliveries.url");
        assertTrue(urls.stream().allMatch(url -> url.contains("/api/method/medgrid.shopify.webhook?token=")), urls::toString);
    }

    @Test
    void theStoreWebhookNeedsItsTokenItsShopAndTheAppsSignature() {
        String body = "{\"admin_graphql_api_id\":\"gid://shopify/Order/1\"}";
        Api.assertError(webhook("no-such-token", SHOP, sign(APP_SECRET, body), body), 401, "AuthenticationError", "webhook token");
        String token = String.valueOf(shopifyRow(vendor).get("webhook_url")).replaceAll(".*token=", "");
        Api.assertError(webhook(token, SHOP, sign("not-the-app-secret", body), body), 401, "AuthenticationError", "HMAC");
        Api.assertError(webhook(token, "someone-else.myshopify.com", sign(APP_SECRET, body), body), 401, "AuthenticationError", "not the shop");
    }

    @Test
    void aVendorWithoutAConnectedStoreKeepsItsLinesWaitingWithTheReason() {
        String unconnected = "Unconnected Vendor " + TAG;
        Api.insert("Vendor Profile", Map.of("vendor_name", unconnected, "vendor_user", Api.newUser("Vendor").email(), "status", "Approved"));
        String code = "UNC-" + TAG;
        Api.insert("Item", Map.of("item_code", code, "item_name", "Unconnected " + TAG, "default_supplier", unconnected,
                "shopify_variant_id", "gid://shopify/ProductVariant/1"));
        Api.insert("Item Price", Map.of("item_code", code, "price_list", PRICES, "price_list_rate", 15));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", code, "warehouse", WAREHOUSE, "qty", 10))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        String order = partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "shipping_address_name", CLINIC + "-Shipping", "docstatus", 1,
                        "items", List.of(Map.of("item_code", code, "qty", 1, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> String.valueOf(
                ShipStationShop.dispatch(order, "shopify").getString("data.last_error")).contains("has no connected Shopify store"));
        assertNotEquals("Sent", ShipStationShop.dispatch(order, "shopify").getString("data.status"));
    }

    private static Response webhook(String token, String shop, String signature, String body) {
        return Api.request().queryParam("token", token).header("X-Shopify-Shop-Domain", shop).header("X-Shopify-Hmac-Sha256", signature)
                .header("X-Shopify-Topic", "orders/fulfilled").header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post("/api/method/medgrid.shopify.webhook");
    }

    private static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

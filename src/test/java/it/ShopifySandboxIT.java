package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Shopify simulator on the wire, as the connector meets it: Admin GraphQL with tokens, cursors,
 * the cost bucket and userErrors; the OAuth grant with Shopify's hmac; webhook subscriptions; and
 * signed order webhooks to MedGrid or wherever a shop subscribed them. Each test uses shops of its
 * own (a demo shop only where its demo behaviour is the point). Whether MedGrid handles a webhook is
 * the connector's test: here only that it was sent, signed and answered. Signatures are computed
 * with the JDK, not the application's signer.
 */
class ShopifySandboxIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String DEMO_SHOP = "exoceuticals-demo.myshopify.com";
    private static final String DEMO_TOKEN = "shpat_demo_exoceuticals";
    private static final String DEMO_WEBHOOK_SECRET = "demo-exoceuticals-webhook-secret";
    private static final String VENDOR_STORE_SHOP = "skydell-fulfillment.myshopify.com";
    private static final String VENDOR_STORE_TOKEN = "shpat_demo_skydell_fulfillment";
    /** MedGrid's sandbox endpoint that takes any webhook (and lists what it took): a subscriber that answers. */
    private static final String RECEIVER = "/api/sandbox/webhook-receiver";
    private static final String CLIENT_ID = "medgrid-sandbox-app";
    private static final String CLIENT_SECRET = "medgrid-sandbox-app-secret";
    private static final String REDIRECT = "https://medgrid.example/api/method/medgrid.exoceuticals.oauth_callback";
    private static final Map<String, Object> ADDRESS = Map.of("firstName", "Bay", "lastName", "Side", "address1", "100 Main Street",
            "city", "San Diego", "provinceCode", "CA", "zip", "92101", "countryCode", "US", "phone", "+16195550100");

    private static String shop(String name) {
        return name + "-" + TAG + ".myshopify.com";
    }

    private static String base(String shop) {
        return "/api/sandbox/shopify/" + shop;
    }

    private static Response graphql(String shop, String token, String operation, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", "query " + operation + " { __typename }"); // the simulator dispatches on operationName
        body.put("operationName", operation);
        body.put("variables", variables);
        RequestSpecification request = Api.request().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("X-Shopify-Access-Token", token);
        }
        return request.post(base(shop) + "/admin/api/2026-04/graphql.json");
    }

    private static JsonPath ok(Response response) {
        return response.then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification control() {
        return Api.request().contentType(ContentType.JSON);
    }

    private static Map<String, String> query(String location) {
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static Response authorize(String shop, String clientId, String state) {
        return Api.request().redirects().follow(false)
                .queryParams(Map.of("client_id", clientId, "scope", "read_products,write_orders", "redirect_uri", REDIRECT, "state", state))
                .get(base(shop) + "/admin/oauth/authorize");
    }

    private static Response exchange(String shop, String secret, String code) {
        return Api.request().contentType(ContentType.JSON).body(Map.of("client_id", CLIENT_ID, "client_secret", secret, "code", code))
                .post(base(shop) + "/admin/oauth/access_token");
    }

    /** The app installed on a shop of the test's own: its Admin API token. */
    private static String install(String shop) {
        String code = query(authorize(shop, CLIENT_ID, "s").then().statusCode(302).extract().header("Location")).get("code");
        return exchange(shop, CLIENT_SECRET, code).then().statusCode(200).extract().path("access_token");
    }

    private static void addVariants(String shop, int count, String prefix) {
        control().body(Map.of("variants", count, "sku_prefix", prefix)).post(base(shop) + "/_sandbox/catalog").then().statusCode(200);
    }

    private static JsonPath subscribe(String shop, String token, String topic, String uri) {
        return ok(graphql(shop, token, "MedgridWebhookSubscriptionCreate", Map.of("topic", topic, "uri", uri)));
    }

    /** The simulator's records of the webhooks it sent about an order. */
    private static List<Map<String, Object>> deliveriesOf(String shop, String orderId) {
        List<Map<String, Object>> all = control().get(base(shop) + "/_sandbox/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("deliveries");
        return all.stream().filter(d -> orderId.equals(d.get("order_id"))).toList();
    }

    private static String hmacHex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hmacBase64(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void graphQlAnswersOnlyTokensOfTheShop() {
        String invalid = "[API] Invalid API key or access token (unrecognized login or wrong password)";
        graphql(DEMO_SHOP, "shpat_wrong", "MedgridShop", Map.of()).then().statusCode(401).body("errors", equalTo(invalid));
        graphql(DEMO_SHOP, null, "MedgridShop", Map.of()).then().statusCode(401).body("errors", equalTo(invalid));
        graphql(shop("other"), DEMO_TOKEN, "MedgridShop", Map.of()).then().statusCode(401);

        JsonPath shop = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridShop", Map.of()));
        assertEquals("Exoceuticals", shop.getString("data.shop.name"));
        assertEquals(DEMO_SHOP, shop.getString("data.shop.myshopifyDomain"));
        assertEquals(1, shop.getInt("extensions.cost.requestedQueryCost"));
        assertEquals(1, shop.getInt("extensions.cost.actualQueryCost"));
        assertTrue(shop.getInt("extensions.cost.throttleStatus.maximumAvailable") > 0);

        JsonPath unknown = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "SomethingElse", Map.of()));
        assertTrue(unknown.getString("errors[0].message").contains("MedgridShop"), unknown.prettify());
    }

    @Test
    void oauthRedirectsWithShopifysHmacAndACodeThatWorksOnce() throws Exception {
        String shop = shop("oauth");
        Response redirect = authorize(shop, CLIENT_ID, "nonce-" + TAG);
        assertEquals(302, redirect.statusCode());
        String location = redirect.header("Location");
        assertTrue(location.startsWith(REDIRECT + "?"), location);
        Map<String, String> parameters = query(location);
        assertEquals(List.of("code", "hmac", "host", "shop", "state", "timestamp"), new ArrayList<>(parameters.keySet()));
        assertEquals(shop, parameters.get("shop"));
        assertEquals("nonce-" + TAG, parameters.get("state"));
        String signed = parameters.entrySet().stream().filter(p -> !p.getKey().equals("hmac"))
                .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining("&"));
        assertEquals(hmacHex(CLIENT_SECRET, signed), parameters.get("hmac"));

        exchange(shop, "wrong-secret", parameters.get("code")).then().statusCode(400).body("error", equalTo("invalid_request"));
        JsonPath token = exchange(shop, CLIENT_SECRET, parameters.get("code")).then().statusCode(200).extract().jsonPath();
        assertTrue(token.getString("access_token").startsWith("shpat_"));
        assertEquals("read_products,write_orders", token.getString("scope"));
        exchange(shop, CLIENT_SECRET, parameters.get("code")).then().statusCode(400).body("error", equalTo("invalid_request"));

        ok(graphql(shop, token.getString("access_token"), "MedgridShop", Map.of()));
        graphql(shop("oauth-other"), token.getString("access_token"), "MedgridShop", Map.of()).then().statusCode(401);

        authorize(shop, "some-other-app", "s").then().statusCode(400);
        String formCode = query(authorize(shop, CLIENT_ID, "s").header("Location")).get("code");
        Api.request().contentType(ContentType.URLENC).formParams(Map.of("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "code", formCode))
                .post(base(shop) + "/admin/oauth/access_token").then().statusCode(200).body("access_token", startsWith("shpat_"));
    }

    @Test
    void variantsComeInPagesFollowingOpaqueCursors() {
        String shop = shop("paging");
        String token = install(shop);
        addVariants(shop, 25, "PG-" + TAG + "-");

        List<String> skus = new ArrayList<>();
        String after = null;
        List<Integer> actualCosts = new ArrayList<>();
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 10);
            variables.put("after", after);
            JsonPath page = ok(graphql(shop, token, "MedgridVariants", variables));
            assertEquals(12, page.getInt("extensions.cost.requestedQueryCost"));
            actualCosts.add(page.getInt("extensions.cost.actualQueryCost"));
            List<Map<String, Object>> nodes = page.getList("data.productVariants.nodes");
            nodes.forEach(node -> skus.add((String) node.get("sku")));
            assertTrue(page.getString("data.productVariants.nodes[0].id").startsWith("gid://shopify/ProductVariant/"));
            assertTrue(page.getString("data.productVariants.nodes[0].product.id").startsWith("gid://shopify/Product/"));
            assertTrue(page.getString("data.productVariants.nodes[0].inventoryItem.id").startsWith("gid://shopify/InventoryItem/"));
            more = page.getBoolean("data.productVariants.pageInfo.hasNextPage");
            after = page.getString("data.productVariants.pageInfo.endCursor");
        }
        assertEquals(List.of(12, 12, 7), actualCosts, "2 + the variants returned");
        assertEquals(25, skus.size());
        assertEquals("PG-" + TAG + "-00001", skus.get(0));
        assertEquals("PG-" + TAG + "-00025", skus.get(24));
        assertEquals(25, skus.stream().distinct().count());

        JsonPath badCursor = ok(graphql(shop, token, "MedgridVariants", Map.of("first", 10, "after", "not-a-cursor")));
        assertTrue(badCursor.getString("errors[0].message").contains("cursor"), badCursor.prettify());
        JsonPath tooMany = ok(graphql(shop, token, "MedgridVariants", Map.of("first", 251)));
        assertTrue(tooMany.getString("errors[0].message").contains("250"), tooMany.prettify());
    }

    @Test
    void aTinyBucketThrottlesInA200AndRefillsOverTime() {
        String shop = shop("bucket");
        String token = install(shop);
        addVariants(shop, 20, "BK-");
        control().body(Map.of("size", 30, "restore_rate", 4)).post(base(shop) + "/_sandbox/bucket").then().statusCode(200)
                .body("maximumAvailable", equalTo(30.0f));
        Map<String, Object> page = Map.of("first", 10);

        JsonPath first = ok(graphql(shop, token, "MedgridVariants", page));
        assertEquals(30, first.getInt("extensions.cost.throttleStatus.maximumAvailable"));
        assertEquals(4, first.getInt("extensions.cost.throttleStatus.restoreRate"));
        assertTrue(first.getInt("extensions.cost.throttleStatus.currentlyAvailable") <= 19);
        ok(graphql(shop, token, "MedgridVariants", page));
        JsonPath throttled = ok(graphql(shop, token, "MedgridVariants", page));
        assertEquals("THROTTLED", throttled.getString("errors[0].extensions.code"), throttled.prettify());
        assertEquals("Throttled", throttled.getString("errors[0].message"));
        assertNull(throttled.get("data"));
        assertEquals(12, throttled.getInt("extensions.cost.requestedQueryCost"));
        assertNull(throttled.get("extensions.cost.actualQueryCost"));
        assertTrue(throttled.getInt("extensions.cost.throttleStatus.currentlyAvailable") < 12);

        JsonPath calls = control().get(base(shop) + "/_sandbox/calls").then().statusCode(200).extract().jsonPath();
        assertTrue(calls.getInt("throttled") >= 1, calls.prettify());
        assertTrue(calls.getInt("operations.MedgridVariants") >= 3, calls.prettify());

        // about 2 s at 4 points a second: the bucket refills by itself
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> ok(graphql(shop, token, "MedgridShop", Map.of())).getInt("extensions.cost.throttleStatus.currentlyAvailable") >= 12);
        JsonPath refilled = ok(graphql(shop, token, "MedgridVariants", page));
        assertEquals(10, refilled.getList("data.productVariants.nodes").size(), refilled.prettify());

        JsonPath tooCostly = ok(graphql(shop, token, "MedgridVariants", Map.of("first", 50)));
        assertEquals("MAX_COST_EXCEEDED", tooCostly.getString("errors[0].extensions.code"), tooCostly.prettify());
    }

    @Test
    void inventoryLevelsAtTheShopsLocation() {
        String shop = shop("stock");
        String token = install(shop);
        addVariants(shop, 7, "ST-");
        List<String> items = ok(graphql(shop, token, "MedgridVariants", Map.of("first", 7))).getList("data.productVariants.nodes.inventoryItem.id");
        List<String> ids = new ArrayList<>(items);
        ids.add("gid://shopify/InventoryItem/1");

        JsonPath levels = ok(graphql(shop, token, "MedgridInventoryLevels", Map.of("ids", ids, "locationId", "gid://shopify/Location/1001")));
        assertEquals(9, levels.getInt("extensions.cost.requestedQueryCost"), "1 + ids");
        assertEquals(items.get(0), levels.getString("data.nodes[0].id"));
        assertEquals("available", levels.getString("data.nodes[0].inventoryLevel.quantities[0].name"));
        assertTrue(levels.getInt("data.nodes[0].inventoryLevel.quantities[0].quantity") >= 0);
        assertNull(levels.get("data.nodes[6].inventoryLevel"), "every seventh variant is not stocked there");
        assertNull(levels.get("data.nodes[7]"), "an unknown id");

        JsonPath elsewhere = ok(graphql(shop, token, "MedgridInventoryLevels", Map.of("ids", items, "locationId", "gid://shopify/Location/9")));
        assertNull(elsewhere.get("data.nodes[0].inventoryLevel"));
    }

    @Test
    void ordersAreCreatedOrRefusedWithUserErrorsAndFoundByTagOrSourceIdentifier() {
        String shop = shop("orders");
        String token = install(shop);
        addVariants(shop, 3, "OR-");
        String variant = ok(graphql(shop, token, "MedgridVariants", Map.of("first", 1))).getString("data.productVariants.nodes[0].id");
        String source = "SO-" + TAG;
        Map<String, Object> order = Map.of("lineItems", List.of(Map.of("variantId", variant, "quantity", 2)), "shippingAddress", ADDRESS,
                "email", "buyer@example.com", "tags", List.of("Skydell", "IT-" + TAG), "sourceIdentifier", source, "note", "from MedGrid");

        JsonPath created = ok(graphql(shop, token, "MedgridOrderCreate", Map.of("order", order)));
        assertEquals(List.of(), created.getList("data.orderCreate.userErrors"));
        String id = created.getString("data.orderCreate.order.id");
        assertTrue(id.startsWith("gid://shopify/Order/"), id);
        assertEquals("#1001", created.getString("data.orderCreate.order.name"), "the shop's first order");
        assertEquals(10, created.getInt("extensions.cost.actualQueryCost"));

        JsonPath unknownVariant = ok(graphql(shop, token, "MedgridOrderCreate", Map.of("order", Map.of(
                "lineItems", List.of(Map.of("variantId", "gid://shopify/ProductVariant/1", "quantity", 1)), "shippingAddress", ADDRESS))));
        assertNull(unknownVariant.get("data.orderCreate.order"));
        assertEquals(List.of("order", "lineItems", "0", "variantId"), unknownVariant.getList("data.orderCreate.userErrors[0].field"));
        JsonPath incomplete = ok(graphql(shop, token, "MedgridOrderCreate", Map.of("order", Map.of("lineItems", List.of()))));
        assertNull(incomplete.get("data.orderCreate.order"));
        List<List<String>> fields = incomplete.getList("data.orderCreate.userErrors.field");
        assertTrue(fields.contains(List.of("order", "lineItems")), fields.toString());
        assertTrue(fields.contains(List.of("order", "shippingAddress")), fields.toString());

        for (String search : List.of("tag:'IT-" + TAG + "'", "source_identifier:'" + source + "'", "tag:Skydell AND source_identifier:'" + source + "'")) {
            JsonPath found = ok(graphql(shop, token, "MedgridOrdersByQuery", Map.of("query", search)));
            assertEquals(List.of(id), found.getList("data.orders.nodes.id"), search);
        }
        assertEquals(List.of(), ok(graphql(shop, token, "MedgridOrdersByQuery", Map.of("query", "source_identifier:'SO-none'")))
                .getList("data.orders.nodes"));

        JsonPath view = ok(graphql(shop, token, "MedgridOrder", Map.of("id", id)));
        assertEquals("UNFULFILLED", view.getString("data.order.displayFulfillmentStatus"));
        assertNull(view.get("data.order.cancelledAt"));
        assertEquals(List.of(), view.getList("data.order.fulfillments"));
        assertNull(ok(graphql(shop, token, "MedgridOrder", Map.of("id", "gid://shopify/Order/1"))).get("data.order"));

        List<Map<String, Object>> stored = control().get(base(shop) + "/_sandbox/orders").then().statusCode(200).extract().jsonPath().getList("orders");
        assertEquals(1, stored.size());
        assertEquals(source, stored.get(0).get("sourceIdentifier"));
    }

    @Test
    void plannedFaultsPlayAsShopifyAnswers() {
        String shop = shop("faults");
        String token = install(shop);
        control().body(Map.of("mode", "http_402", "count", 1)).post(base(shop) + "/_sandbox/faults").then().statusCode(200);
        graphql(shop, token, "MedgridShop", Map.of()).then().statusCode(402).body("errors", equalTo("Unavailable Shop"));
        control().body(Map.of("mode", "http_401", "count", 1, "operation", "MedgridOrder")).post(base(shop) + "/_sandbox/faults").then().statusCode(200);
        ok(graphql(shop, token, "MedgridShop", Map.of()));
        graphql(shop, token, "MedgridOrder", Map.of("id", "gid://shopify/Order/1")).then().statusCode(401);
        control().body(Map.of("mode", "garbage", "count", 1)).post(base(shop) + "/_sandbox/faults").then().statusCode(200);
        assertTrue(graphql(shop, token, "MedgridShop", Map.of()).then().statusCode(200).extract().contentType().startsWith("text/html"));
        control().body(Map.of("mode", "http_418", "count", 1)).post(base(shop) + "/_sandbox/faults").then().statusCode(400);
    }

    @Test
    void webhookSubscriptionsAreCreatedListedAndDeletedWithShopifysUserErrors() {
        String shop = shop("subscriptions");
        String token = install(shop);
        String uri = "http://localhost:9080/api/method/medgrid.shopify.webhook?token=" + TAG;

        JsonPath none = ok(graphql(shop, token, "MedgridWebhookSubscriptions", Map.of()));
        assertEquals(List.of(), none.getList("data.webhookSubscriptions.nodes"));
        assertEquals(52, none.getInt("extensions.cost.requestedQueryCost"), "2 + first: 50");
        assertEquals(2, none.getInt("extensions.cost.actualQueryCost"), "2 + nodes");

        JsonPath fulfilled = subscribe(shop, token, "ORDERS_FULFILLED", uri);
        assertEquals(List.of(), fulfilled.getList("data.webhookSubscriptionCreate.userErrors"));
        String id = fulfilled.getString("data.webhookSubscriptionCreate.webhookSubscription.id");
        assertTrue(id.startsWith("gid://shopify/WebhookSubscription/"), id);
        assertEquals("ORDERS_FULFILLED", fulfilled.getString("data.webhookSubscriptionCreate.webhookSubscription.topic"));
        assertEquals(uri, fulfilled.getString("data.webhookSubscriptionCreate.webhookSubscription.uri"));
        assertEquals(10, fulfilled.getInt("extensions.cost.requestedQueryCost"));
        assertEquals(10, fulfilled.getInt("extensions.cost.actualQueryCost"));
        String cancelled = subscribe(shop, token, "ORDERS_CANCELLED", uri).getString("data.webhookSubscriptionCreate.webhookSubscription.id");

        JsonPath taken = subscribe(shop, token, "ORDERS_FULFILLED", uri);
        assertNull(taken.get("data.webhookSubscriptionCreate.webhookSubscription"));
        assertEquals("Address for this topic has already been taken", taken.getString("data.webhookSubscriptionCreate.userErrors[0].message"));
        JsonPath otherTopic = subscribe(shop, token, "PRODUCTS_UPDATE", uri);
        assertNull(otherTopic.get("data.webhookSubscriptionCreate.webhookSubscription"));
        assertEquals(List.of("topic"), otherTopic.getList("data.webhookSubscriptionCreate.userErrors[0].field"));
        for (String invalid : List.of("/api/method/medgrid.shopify.webhook", "ftp://medgrid.example/hook", "not a url")) {
            JsonPath address = subscribe(shop, token, "ORDERS_UPDATED", invalid);
            assertNull(address.get("data.webhookSubscriptionCreate.webhookSubscription"), invalid);
            assertEquals(List.of("webhookSubscription", "uri"), address.getList("data.webhookSubscriptionCreate.userErrors[0].field"), invalid);
            assertEquals("Address is invalid", address.getString("data.webhookSubscriptionCreate.userErrors[0].message"), invalid);
        }
        JsonPath noTopic = ok(graphql(shop, token, "MedgridWebhookSubscriptionCreate", Map.of("uri", uri)));
        assertTrue(noTopic.getString("errors[0].message").contains("$topic"), noTopic.prettify());

        JsonPath listed = ok(graphql(shop, token, "MedgridWebhookSubscriptions", Map.of()));
        assertEquals(List.of(id, cancelled), listed.getList("data.webhookSubscriptions.nodes.id"));
        assertEquals(List.of("ORDERS_FULFILLED", "ORDERS_CANCELLED"), listed.getList("data.webhookSubscriptions.nodes.topic"));
        assertEquals(List.of(uri, uri), listed.getList("data.webhookSubscriptions.nodes.uri"));
        assertEquals(4, listed.getInt("extensions.cost.actualQueryCost"));
        assertEquals(List.of(), ok(graphql(shop("subscriptions-other"), install(shop("subscriptions-other")), "MedgridWebhookSubscriptions", Map.of()))
                .getList("data.webhookSubscriptions.nodes"), "a shop's subscriptions are its own");

        JsonPath deleted = ok(graphql(shop, token, "MedgridWebhookSubscriptionDelete", Map.of("id", id)));
        assertEquals(id, deleted.getString("data.webhookSubscriptionDelete.deletedWebhookSubscriptionId"));
        assertEquals(List.of(), deleted.getList("data.webhookSubscriptionDelete.userErrors"));
        assertEquals(10, deleted.getInt("extensions.cost.actualQueryCost"));
        JsonPath again = ok(graphql(shop, token, "MedgridWebhookSubscriptionDelete", Map.of("id", id)));
        assertNull(again.get("data.webhookSubscriptionDelete.deletedWebhookSubscriptionId"));
        assertEquals("Webhook subscription does not exist", again.getString("data.webhookSubscriptionDelete.userErrors[0].message"));
        assertEquals(List.of(cancelled), ok(graphql(shop, token, "MedgridWebhookSubscriptions", Map.of())).getList("data.webhookSubscriptions.nodes.id"));
    }

    @Test
    void anOrderEventGoesToEveryAddressSubscribedToItsTopicSignedWithTheAppSecret() throws Exception {
        String shop = shop("subscribed");
        String token = install(shop);
        addVariants(shop, 1, "SB-");
        String variant = ok(graphql(shop, token, "MedgridVariants", Map.of("first", 1))).getString("data.productVariants.nodes[0].id");
        String order = ok(graphql(shop, token, "MedgridOrderCreate", Map.of("order", Map.of("lineItems",
                List.of(Map.of("variantId", variant, "quantity", 1)), "shippingAddress", ADDRESS)))).getString("data.orderCreate.order.id");
        String receiver = Api.baseUri() + RECEIVER + "?shop=" + shop;
        String copy = receiver + "&copy=2";
        subscribe(shop, token, "ORDERS_FULFILLED", receiver);
        String copyId = subscribe(shop, token, "ORDERS_FULFILLED", copy).getString("data.webhookSubscriptionCreate.webhookSubscription.id");
        subscribe(shop, token, "ORDERS_CANCELLED", receiver + "&topic=cancelled");

        JsonPath sent = control().body(Map.of("order_id", order, "topic", "orders/fulfilled")).post(base(shop) + "/_sandbox/webhook")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(receiver, sent.getString("url"), "the first subscription's address");
        assertEquals(hmacBase64(CLIENT_SECRET, sent.getString("body")), sent.getString("headers.X-Shopify-Hmac-Sha256"),
                "an app's subscriptions are signed with the app's secret");
        assertEquals(shop, sent.getString("headers.X-Shopify-Shop-Domain"));
        assertEquals("orders/fulfilled", sent.getString("headers.X-Shopify-Topic"));
        String webhookId = sent.getString("webhook_id");

        // both addresses subscribed to the topic took it (the receiver answers 204), and no other address got it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                deliveriesOf(shop, order).stream().filter(d -> "HTTP 204".equals(d.get("status"))).count() == 2);
        List<Map<String, Object>> delivered = deliveriesOf(shop, order);
        assertEquals(List.of(receiver, copy), delivered.stream().map(d -> d.get("url")).toList());
        assertTrue(delivered.stream().allMatch(d -> webhookId.equals(d.get("webhook_id")) && sent.getString("body").equals(d.get("body"))));
        List<String> received = Api.request().get(RECEIVER).then().statusCode(200).extract().jsonPath().getList("deliveries.body", String.class);
        assertTrue(received.contains(sent.getString("body")), "the receiver has the body as sent");

        // a redelivery goes where the webhook went, even to an address no longer subscribed
        ok(graphql(shop, token, "MedgridWebhookSubscriptionDelete", Map.of("id", copyId)));
        JsonPath redelivered = control().body(Map.of("order_id", order, "topic", "orders/fulfilled", "webhook_id", webhookId))
                .post(base(shop) + "/_sandbox/webhook").then().statusCode(200).extract().jsonPath();
        assertEquals(sent.getString("body"), redelivered.getString("body"));
        List<Map<String, Object>> afterRedelivery = deliveriesOf(shop, order);
        assertEquals(List.of(receiver, copy, receiver, copy), afterRedelivery.stream().map(d -> d.get("url")).toList());

        // a topic the shop has no subscription for goes where it always went: MedGrid's Exoceuticals webhook
        JsonPath updated = control().body(Map.of("order_id", order, "topic", "orders/updated")).post(base(shop) + "/_sandbox/webhook")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(updated.getString("url").endsWith("/api/method/medgrid.exoceuticals.webhook"), updated.getString("url"));
        assertEquals(hmacBase64(CLIENT_SECRET, updated.getString("body")), updated.getString("headers.X-Shopify-Hmac-Sha256"));
    }

    @Test
    void theVendorStoreDemoShopTakesItsDemoTokenAndSellsItsDemoItems() {
        graphql(VENDOR_STORE_SHOP, DEMO_TOKEN, "MedgridShop", Map.of()).then().statusCode(401);
        graphql(DEMO_SHOP, VENDOR_STORE_TOKEN, "MedgridShop", Map.of()).then().statusCode(401);
        JsonPath shop = ok(graphql(VENDOR_STORE_SHOP, VENDOR_STORE_TOKEN, "MedgridShop", Map.of()));
        assertEquals("Skydell Fulfillment", shop.getString("data.shop.name"));
        assertEquals(VENDOR_STORE_SHOP, shop.getString("data.shop.myshopifyDomain"));

        List<String> strengths = List.of("5MG", "10MG", "25MG", "30COUNT", "60COUNT", "120COUNT", "TRIALSIZE", "CLINICPACK", "VALUEPACK", "SINGLE");
        List<String> expected = new ArrayList<>();
        List.of("SKY-COLL", "SKY-ELEC").forEach(product -> strengths.forEach(strength -> expected.add(product + "-" + strength)));
        JsonPath variants = ok(graphql(VENDOR_STORE_SHOP, VENDOR_STORE_TOKEN, "MedgridVariants", Map.of("first", 20)));
        assertEquals(expected, variants.getList("data.productVariants.nodes.sku"));
        assertEquals("Marine Collagen Peptides", variants.getString("data.productVariants.nodes[0].product.title"));
        assertEquals("Electrolyte Hydration Sticks", variants.getString("data.productVariants.nodes[10].product.title"));

        List<String> exoceuticals = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridVariants", Map.of("first", 30))).getList("data.productVariants.nodes.id");
        List<String> ours = variants.getList("data.productVariants.nodes.id");
        assertTrue(ours.stream().noneMatch(exoceuticals::contains), "no two demo shops share a variant id");

        // like every demo shop, it fulfils its orders by itself after medgrid.sandbox.ship-after
        String order = ok(graphql(VENDOR_STORE_SHOP, VENDOR_STORE_TOKEN, "MedgridOrderCreate", Map.of("order", Map.of("lineItems",
                List.of(Map.of("variantId", ours.get(0), "quantity", 1)), "shippingAddress", ADDRESS, "sourceIdentifier", "SO-SKY-" + TAG))))
                .getString("data.orderCreate.order.id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> "FULFILLED".equals(ok(graphql(VENDOR_STORE_SHOP,
                VENDOR_STORE_TOKEN, "MedgridOrder", Map.of("id", order))).getString("data.order.displayFulfillmentStatus")));

        // the demo data maps the vendor's items to these variants (a database loaded before this shop existed has none)
        Response item = Api.admin().request().get("/api/resource/Item/SKY-COLL-5MG");
        if (item.statusCode() == 200) {
            assertEquals(ours.get(0), item.jsonPath().getString("data.shopify_variant_id"));
            assertEquals(variants.getString("data.productVariants.nodes[0].product.id"), item.jsonPath().getString("data.shopify_product_id"));
            assertEquals(variants.getString("data.productVariants.nodes[0].inventoryItem.id"),
                    item.jsonPath().getString("data.shopify_inventory_item_id"));
        }
    }

    @Test
    void theDemoShopFulfilsItsOrdersAndSignsItsWebhooks() throws Exception {
        String variant = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridVariants", Map.of("first", 1))).getString("data.productVariants.nodes[0].id");
        Map<String, Object> order = Map.of("lineItems", List.of(Map.of("variantId", variant, "quantity", 1)), "shippingAddress", ADDRESS,
                "tags", List.of("Skydell"), "sourceIdentifier", "SO-DEMO-" + TAG);
        String shipsByItself = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrderCreate", Map.of("order", order))).getString("data.orderCreate.order.id");
        String cancelled = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrderCreate", Map.of("order", order))).getString("data.orderCreate.order.id");

        // a control call cancels the second order before it ships, and Shopify says so
        JsonPath cancel = control().body(Map.of("order_id", cancelled, "topic", "orders/cancelled")).post(base(DEMO_SHOP) + "/_sandbox/webhook")
                .then().statusCode(200).extract().jsonPath();
        String webhookId = cancel.getString("webhook_id");
        Map<String, String> headers = cancel.getMap("headers");
        assertEquals("orders/cancelled", headers.get("X-Shopify-Topic"));
        assertEquals(DEMO_SHOP, headers.get("X-Shopify-Shop-Domain"));
        assertEquals("2026-04", headers.get("X-Shopify-API-Version"));
        assertEquals(webhookId, headers.get("X-Shopify-Webhook-Id"));
        assertEquals(hmacBase64(DEMO_WEBHOOK_SECRET, cancel.getString("body")), headers.get("X-Shopify-Hmac-Sha256"));
        JsonPath body = new JsonPath(cancel.getString("body"));
        assertEquals(cancelled, body.getString("admin_graphql_api_id"));
        assertEquals(Long.parseLong(cancelled.substring("gid://shopify/Order/".length())), body.getLong("id"));
        assertTrue(body.getString("tags").startsWith("Skydell"), body.getString("tags"));
        assertNotNull(body.getString("cancelled_at"));
        assertNotNull(ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrder", Map.of("id", cancelled))).getString("data.order.cancelledAt"));

        // the same webhook id again: Shopify's redelivery, the same body
        JsonPath again = control().body(Map.of("order_id", cancelled, "topic", "orders/cancelled", "webhook_id", webhookId))
                .post(base(DEMO_SHOP) + "/_sandbox/webhook").then().statusCode(200).extract().jsonPath();
        assertEquals(cancel.getString("body"), again.getString("body"));
        // an event from long ago, arriving late: it shows that time and changes nothing now
        String updatedAt = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrder", Map.of("id", cancelled))).getString("data.order.updatedAt");
        JsonPath stale = control().body(Map.of("order_id", cancelled, "topic", "orders/updated", "triggered_at", "2020-01-01T00:00:00Z"))
                .post(base(DEMO_SHOP) + "/_sandbox/webhook").then().statusCode(200).extract().jsonPath();
        assertEquals("2020-01-01T00:00:00Z", stale.getString("headers.X-Shopify-Triggered-At"));
        assertEquals("2020-01-01T00:00:00Z", new JsonPath(stale.getString("body")).getString("updated_at"));
        assertEquals(updatedAt, ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrder", Map.of("id", cancelled))).getString("data.order.updatedAt"));
        JsonPath forged = control().body(Map.of("order_id", cancelled, "topic", "orders/updated", "bad_signature", true))
                .post(base(DEMO_SHOP) + "/_sandbox/webhook").then().statusCode(200).extract().jsonPath();
        assertNotEquals(hmacBase64(DEMO_WEBHOOK_SECRET, forged.getString("body")), forged.getString("headers.X-Shopify-Hmac-Sha256"));
        control().body(Map.of("order_id", "gid://shopify/Order/1", "topic", "orders/updated")).post(base(DEMO_SHOP) + "/_sandbox/webhook")
                .then().statusCode(404);

        // the first order is fulfilled by the simulator after medgrid.sandbox.ship-after, with UPS tracking
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> "FULFILLED".equals(
                ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrder", Map.of("id", shipsByItself))).getString("data.order.displayFulfillmentStatus")));
        JsonPath fulfilled = ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrder", Map.of("id", shipsByItself)));
        assertEquals("UPS", fulfilled.getString("data.order.fulfillments[0].trackingInfo[0].company"));
        assertTrue(fulfilled.getString("data.order.fulfillments[0].trackingInfo[0].url").contains(
                fulfilled.getString("data.order.fulfillments[0].trackingInfo[0].number")));
        assertEquals("UNFULFILLED", ok(graphql(DEMO_SHOP, DEMO_TOKEN, "MedgridOrder", Map.of("id", cancelled)))
                .getString("data.order.displayFulfillmentStatus"), "a cancelled order is not shipped");

        // every delivery went out and MedGrid answered (404 while no connector takes medgrid.exoceuticals.webhook)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<Map<String, Object>> deliveries = control().get(base(DEMO_SHOP) + "/_sandbox/deliveries").then().statusCode(200)
                    .extract().jsonPath().getList("deliveries");
            List<Map<String, Object>> ours = deliveries.stream().filter(d -> List.of(shipsByItself, cancelled).contains(d.get("order_id"))).toList();
            return ours.size() == 5 && ours.stream().allMatch(d -> String.valueOf(d.get("status")).startsWith("HTTP "))
                    && ours.stream().anyMatch(d -> "orders/fulfilled".equals(d.get("topic")) && shipsByItself.equals(d.get("order_id")));
        });
        List<Map<String, Object>> deliveries = control().get(base(DEMO_SHOP) + "/_sandbox/deliveries").then().extract().jsonPath().getList("deliveries");
        Map<String, Object> shipped = deliveries.stream().filter(d -> shipsByItself.equals(d.get("order_id"))).findFirst().orElseThrow();
        JsonPath shippedBody = new JsonPath((String) shipped.get("body"));
        assertEquals("fulfilled", shippedBody.getString("fulfillment_status"));
        assertEquals("UPS", shippedBody.getString("fulfillments[0].tracking_company"));
        assertFalse(shippedBody.getList("fulfillments[0].tracking_urls").isEmpty());
        assertTrue(((String) shipped.get("url")).endsWith("/api/method/medgrid.exoceuticals.webhook"));
    }
}

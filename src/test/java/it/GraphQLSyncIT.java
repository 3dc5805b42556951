package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GraphQL for bulk sync ({@code /graphql}): signed-in callers only, cursor pages by name that neither
 * skip nor repeat rows while others are written, {@code updatedSince}, a page's stock and prices read
 * with it, the REST API's row scoping on orders, and the page and cost limits.
 */
class GraphQLSyncIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Sync Depot " + TAG + " - Y" + TAG;
    private static final String PRICES = "Sync Prices " + TAG;
    private static String since;
    private static final List<String> CODES = new ArrayList<>();

    @BeforeAll
    static void createCatalog() {
        Api.insert("Company", Map.of("company_name", "Sync Co " + TAG, "abbr", "Y" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Sync Depot " + TAG, "company", "Sync Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        for (int i = 1; i <= 7; i++) {
            String code = "GQL-" + TAG + "-" + i;
            Api.insert("Item", Map.of("item_code", code, "item_name", "Sync Swabs " + i));
            CODES.add(code);
        }
        since = Api.admin().request().get("/api/resource/Item/" + CODES.get(0)).then().statusCode(200).extract().path("data.modified");
        // The first item is ordered by one test; the second's stock and price stay as set here.
        for (String code : CODES.subList(0, 2)) {
            Api.insert("Item Price", Map.of("item_code", code, "price_list", PRICES, "price_list_rate", 12.5));
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", code, "warehouse", WAREHOUSE, "qty", 40))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }
    }

    static JsonPath graphql(RequestSpecification as, String query) {
        return as.contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static String itemsAfter(String after, int first) {
        return "{ items(first: " + first + ", updatedSince: \"" + since + "\"" + (after == null ? "" : ", after: \"" + after + "\"")
                + ") { nodes { itemCode itemName modified } pageInfo { hasNextPage endCursor } } }";
    }

    @Test
    void guestsAreRefusedBeforeAnythingIsParsed() {
        Api.assertError(Api.request().contentType(ContentType.JSON).body(Map.of("query", "{ items { nodes { itemCode } } }")).post("/graphql"),
                401, "AuthenticationError", "Not signed in");
    }

    @Test
    void pagesByCursorNeitherSkipNorRepeatRowsWhileOthersAreWritten() {
        Api.TestUser reader = Api.newUser("Customer");
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonPath page = graphql(reader.request(), itemsAfter(after, 3));
            assertNull(page.get("errors"), () -> page.prettify());
            seen.addAll(page.getList("data.items.nodes.itemCode"));
            more = page.getBoolean("data.items.pageInfo.hasNextPage");
            after = page.getString("data.items.pageInfo.endCursor");
            if (pages++ == 0) {
                // Written mid-sync: a row already read changes, a new one sorts before the cursor, another after it.
                Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", "Sync Swabs 1 renamed"))
                        .put("/api/resource/Item/" + CODES.get(0)).then().statusCode(200);
                Api.insert("Item", Map.of("item_code", "GQL-" + TAG + "-0", "item_name", "Sync Swabs 0"));
                Api.insert("Item", Map.of("item_code", "GQL-" + TAG + "-9", "item_name", "Sync Swabs 9"));
            }
        }
        List<String> mine = seen.stream().filter(code -> code.startsWith("GQL-" + TAG + "-")).toList();
        List<String> expected = new ArrayList<>(CODES);
        expected.add("GQL-" + TAG + "-9");
        assertEquals(expected, mine, "each once, in name order; the one inserted before the cursor is for the next sync");
        assertEquals(seen.stream().distinct().count(), seen.size(), "no row twice in a pass");
        assertEquals(seen.stream().sorted().toList(), seen);
    }

    @Test
    void aPagesStockAndPricesComeWithIt() {
        JsonPath page = graphql(Api.newUser("Customer").request(), "{ items(first: 50, updatedSince: \"" + since + "\") { edges { cursor node {"
                + " itemCode stockUom stock { warehouse availableQty } rate(priceList: \"" + PRICES + "\") } } } }");
        assertNull(page.get("errors"), () -> page.prettify());
        Map<String, Object> first = page.getMap("data.items.edges.find { it.node.itemCode == '" + CODES.get(1) + "' }.node");
        assertEquals(12.5, ((Number) first.get("rate")).doubleValue(), 0.001);
        assertEquals(List.of(Map.of("warehouse", WAREHOUSE, "availableQty", 40)), first.get("stock"));
        assertNotNull(page.getString("data.items.edges[0].cursor"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ordersFollowTheRestApisScopingWithTheirLines() {
        Api.TestUser partner = Api.newUser("Customer");
        Api.TestUser otherPartner = Api.newUser("Customer");
        String clinic = "Sync Clinic " + TAG;
        Api.insert("Customer", Map.of("customer_name", clinic, "portal_user", partner.email(), "default_price_list", PRICES));
        Api.insert("Address", Map.of("address_title", clinic, "address_type", "Shipping", "address_line1", "3 Sync St",
                "city", "Reno", "state", "NV", "pincode", "89501", "customer", clinic));
        String order = partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", clinic, "docstatus", 1, "items", List.of(Map.of("item_code", CODES.get(0), "qty", 2, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        String query = "{ orders(first: 50, updatedSince: \"" + since + "\") { nodes { name customer status docstatus grandTotal"
                + " lines { itemCode qty rate amount warehouse } } } }";
        JsonPath mine = graphql(partner.request(), query);
        assertNull(mine.get("errors"), () -> mine.prettify());
        Map<String, Object> found = mine.getMap("data.orders.nodes.find { it.name == '" + order + "' }");
        assertEquals(clinic, found.get("customer"));
        assertEquals(25.0, ((Number) found.get("grandTotal")).doubleValue(), 0.001);
        List<Map<String, Object>> lines = (List<Map<String, Object>>) found.get("lines");
        assertEquals(1, lines.size());
        assertEquals(CODES.get(0), lines.get(0).get("itemCode"));
        assertEquals(WAREHOUSE, lines.get(0).get("warehouse"));
        assertEquals(List.of(2.0, 12.5, 25.0), List.of("qty", "rate", "amount").stream()
                .map(field -> ((Number) lines.get(0).get(field)).doubleValue()).toList());
        assertFalse(graphql(otherPartner.request(), query).getList("data.orders.nodes.name").contains(order));
        assertTrue(graphql(Api.admin().request(), query.replace("first: 50", "first: 500")).getList("data.orders.nodes.name").contains(order),
                "admins see every order (the demo's too: a page big enough for all since the test began)");

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", order, "lr_no", "1ZSYNC" + TAG, "transporter", "UPS"))
                .post("/api/resource/Delivery Note").then().statusCode(200);
        JsonPath shipped = graphql(partner.request(), "{ orders(first: 50, updatedSince: \"" + since + "\") { nodes { name shipments { vendor status } } }"
                + " deliveryNotes(first: 50, updatedSince: \"" + since + "\") { nodes { salesOrder customer lrNo transporter } } }");
        assertNull(shipped.get("errors"), () -> shipped.prettify());
        assertEquals("manual", shipped.getString("data.orders.nodes.find { it.name == '" + order + "' }.shipments[0].vendor"),
                "MedGrid's own line: the manual route");
        assertEquals(List.of(Map.of("salesOrder", order, "customer", clinic, "lrNo", "1ZSYNC" + TAG, "transporter", "UPS")),
                shipped.getList("data.deliveryNotes.nodes"));
        assertEquals(List.of(), graphql(otherPartner.request(), "{ deliveryNotes(updatedSince: \"" + since + "\") { nodes { salesOrder } } }")
                .getList("data.deliveryNotes.nodes").stream().filter(n -> order.equals(((Map<?, ?>) n).get("salesOrder"))).toList());
    }

    @Test
    void pageSizeCursorAndCostAreBounded() {
        Api.TestUser reader = Api.newUser("Customer");
        JsonPath tooBig = graphql(reader.request(), "{ items(first: 501) { nodes { itemCode } } }");
        assertTrue(tooBig.getString("errors[0].message").contains("first must be between 1 and 500"), tooBig.prettify());
        JsonPath forged = graphql(reader.request(), "{ items(after: \"bm90LWEtY3Vyc29y\") { nodes { itemCode } } }");
        assertTrue(forged.getString("errors[0].message").contains("after must be an endCursor this API returned"), forged.prettify());
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            aliases.append(" a").append(i).append(": items(first: 500, updatedSince: \"2999-01-01 00:00:00\") { nodes { itemCode itemName"
                    + " description stockUom modified stock { warehouse availableQty } rate(priceList: \"x\") } edges { cursor }"
                    + " pageInfo { hasNextPage endCursor } }");
        }
        Api.assertError(reader.request().contentType(ContentType.JSON).body(Map.of("query", aliases.append(" }").toString())).post("/graphql"),
                417, "ValidationError", "This query costs 55000 units");
    }

    @Test
    void scopedKeysNeedTheReadScopeOfWhatTheyQueryAsInTheRestApi() {
        Api.TestUser user = Api.newUser("Customer");
        Map<String, String> keys = Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("user", user.email(), "scopes", List.of("orders.read")))
                .post("/api/method/frappe.core.doctype.user.user.generate_keys").then().statusCode(200).extract().jsonPath().getMap("message");
        RequestSpecification scoped = Api.request().header("Authorization", "token " + keys.get("api_key") + ":" + keys.get("api_secret"));
        JsonPath items = graphql(scoped, "{ items(first: 1) { nodes { itemCode } } }");
        assertTrue(items.getString("errors[0].message").contains("requires the scope catalog.read"), items.prettify());
        JsonPath orders = graphql(Api.request().header("Authorization", "token " + keys.get("api_key") + ":" + keys.get("api_secret")),
                "{ orders(first: 1) { pageInfo { hasNextPage } } }");
        assertNull(orders.get("errors"), () -> orders.prettify());
    }
}

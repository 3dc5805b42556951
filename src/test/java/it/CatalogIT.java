package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog API over data this class creates under a unique tag. */
class CatalogIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String COMPANY = "Test Co " + TAG;
    private static final String NORTH = "North " + TAG + " - T" + TAG;
    private static final String SOUTH = "South " + TAG + " - T" + TAG;
    private static final String PRICES = "Prices " + TAG;
    private static Api.TestUser vendor;

    @BeforeAll
    static void createCatalog() {
        post("Company", Map.of("company_name", COMPANY, "abbr", "T" + TAG, "default_currency", "USD"));
        post("Warehouse", Map.of("warehouse_name", "North " + TAG, "company", COMPANY)).then().body("data.name", equalTo(NORTH));
        post("Warehouse", Map.of("warehouse_name", "South " + TAG, "company", COMPANY));
        post("Price List", Map.of("price_list_name", PRICES, "currency", "USD"));
        item("GAUZE-" + TAG, "Sterile Gauze Pads " + TAG, "<b>4x4</b> cotton pads");
        item("SALINE-" + TAG, "Saline Flush " + TAG, "10 mL prefilled syringe, 50% off");
        item("IODINE-" + TAG, "Povidone Iodine " + TAG, "Antiseptic solution");
        post("Item Price", Map.of("item_code", "GAUZE-" + TAG, "price_list", PRICES, "price_list_rate", 12.5));
        post("Item Price", Map.of("item_code", "SALINE-" + TAG, "price_list", PRICES, "price_list_rate", 3));
        stock("GAUZE-" + TAG, NORTH, 40);
        stock("GAUZE-" + TAG, SOUTH, 5);
        stock("SALINE-" + TAG, NORTH, 0);
        stock("IODINE-" + TAG, NORTH, 7);
        vendor = Api.newUser("Vendor");
    }

    private static Response post(String doctype, Map<String, Object> body) {
        Response response = Api.admin().request().contentType(ContentType.JSON).body(body).post("/api/resource/" + doctype);
        response.then().statusCode(200);
        return response;
    }

    private static void item(String code, String name, String description) {
        post("Item", Map.of("item_code", code, "item_name", name, "description", description, "stock_uom", "Box"));
    }

    private static void stock(String item, String warehouse, int qty) {
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", warehouse, "qty", qty))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200).body("message.actual_qty", equalTo(qty));
    }

    private static Response call(String method, Map<String, Object> query) {
        return vendor.request().queryParams(query).get("/api/method/medgrid.catalog." + method);
    }

    @Test
    void listsActiveWarehousesWithTheirCompany() {
        call("list_warehouses", Map.of()).then().statusCode(200)
                .body("message.find { it.name == '" + NORTH + "' }.company", equalTo(COMPANY))
                .body("message.find { it.name == '" + NORTH + "' }.warehouse_name", equalTo("North " + TAG));
    }

    @Test
    void disablingAWarehouseRemovesItFromTheCachedList() {
        String name = "Closed " + TAG + " - T" + TAG;
        post("Warehouse", Map.of("warehouse_name", "Closed " + TAG, "company", COMPANY));
        call("list_warehouses", Map.of()).then().body("message.name", hasItem(name));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("disabled", 1)).put("/api/resource/Warehouse/" + name)
                .then().statusCode(200);
        call("list_warehouses", Map.of()).then().body("message.name", not(hasItem(name)));
    }

    @Test
    void orderedWarehousesFollowTheSettingsPriorityThenTheAlphabet() {
        Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("warehouse_priority", List.of(Map.of("warehouse", SOUTH), Map.of("warehouse", NORTH))))
                .put("/api/resource/Medgrid Settings/Medgrid Settings").then().statusCode(200)
                .body("data.warehouse_priority[0].warehouse", equalTo(SOUTH));
        List<String> names = call("list_warehouses_ordered", Map.of()).then().statusCode(200).extract().jsonPath().getList("message.name");
        assertEquals(List.of(SOUTH, NORTH), names.subList(0, 2));
        List<String> rest = names.subList(2, names.size());
        assertEquals(rest.stream().sorted().toList(), rest);
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("warehouse_priority", List.of(Map.of("warehouse", "Nowhere " + TAG))))
                        .put("/api/resource/Medgrid Settings/Medgrid Settings"),
                417, "ValidationError", "Could not find Warehouse: Nowhere " + TAG);
    }

    @Test
    void disabledItemsLeaveTheWarehouseListingPagedOrNot() {
        String item = "IODINE-" + TAG;
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("disabled", 1)).put("/api/resource/Item/" + item)
                .then().statusCode(200);
        try {
            call("items_in_warehouse", Map.of("warehouse", NORTH)).then().statusCode(200)
                    .body("message.item_code", equalTo(List.of("GAUZE-" + TAG)));
            call("items_in_warehouse", Map.of("warehouse", NORTH, "limit_start", 0, "limit_page_length", 5)).then().statusCode(200)
                    .body("message.item_code", equalTo(List.of("GAUZE-" + TAG)));
        } finally {
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("disabled", 0)).put("/api/resource/Item/" + item)
                    .then().statusCode(200);
        }
        call("items_in_warehouse", Map.of("warehouse", NORTH, "limit_start", 1, "limit_page_length", 1)).then().statusCode(200)
                .body("message.item_code", equalTo(List.of(item)));
        call("items_in_warehouse", Map.of("warehouse", NORTH, "limit_start", 2, "limit_page_length", 1)).then().statusCode(200)
                .body("message", equalTo(List.of()));
    }

    @Test
    void itemsInWarehouseShowsStockedItemsWithRateAndAvailableQuantity() {
        Response response = call("items_in_warehouse", Map.of("warehouse", NORTH, "price_list", PRICES));
        response.then().statusCode(200)
                .body("message.item_code", equalTo(List.of("GAUZE-" + TAG, "IODINE-" + TAG)))
                .body("message[0].item_name", equalTo("Sterile Gauze Pads " + TAG))
                .body("message[0].description", equalTo("<b>4x4</b> cotton pads"))
                .body("message[0].stock_uom", equalTo("Box"))
                .body("message[0].rate", equalTo(12.5f))
                .body("message[0].available_qty", equalTo(40))
                .body("message[1].rate", nullValue());
    }

    @Test
    void itemsInWarehouseRejectsBadArguments() {
        Api.assertError(call("items_in_warehouse", Map.of("warehouse", "Nowhere " + TAG)), 404, "DoesNotExistError", "Warehouse Nowhere");
        Api.assertError(call("items_in_warehouse", Map.of()), 417, "ValidationError", "warehouse is required");
        Api.assertError(call("items_in_warehouse", Map.of("warehouse", NORTH, "price_list", "No List")), 404, "DoesNotExistError", "Price List");
    }

    @Test
    void searchMatchesNameAndDescriptionCaseInsensitively() {
        call("search_items", Map.of("query", "gauze pads " + TAG.toLowerCase(), "price_list", PRICES)).then().statusCode(200)
                .body("message.warehouse", equalTo(List.of(NORTH, SOUTH)))
                .body("message.available_qty", equalTo(List.of(40, 5)));
        call("search_items", Map.of("query", "ANTISEPTIC", "warehouse", NORTH, "price_list", PRICES)).then().statusCode(200)
                .body("message.item_code", hasItem("IODINE-" + TAG));
        call("search_items", Map.of("query", "gauze pads " + TAG, "warehouse", SOUTH)).then().statusCode(200)
                .body("message.warehouse", equalTo(List.of(SOUTH)));
    }

    /** Catalog answers are cached; every committed change must still show in the next read. */
    @Test
    void catalogReadsShowEveryCommittedChangeAtOnce() {
        String east = "East " + TAG + " - T" + TAG;
        String probe = "PROBE-" + TAG;
        post("Warehouse", Map.of("warehouse_name", "East " + TAG, "company", COMPANY));
        item(probe, "Catalog Probe " + TAG, "Reads after writes");
        post("Item Price", Map.of("item_code", probe, "price_list", PRICES, "price_list_rate", 10));
        stock(probe, east, 30);
        Map<String, Object> inEast = Map.of("warehouse", east, "price_list", PRICES, "limit_page_length", 20);
        Map<String, Object> everywhere = Map.of("query", "catalog probe " + TAG, "price_list", PRICES);
        for (int i = 0; i < 2; i++) {
            call("items_in_warehouse", inEast).then().body("message[0].available_qty", equalTo(30)).body("message[0].rate", equalTo(10));
            call("search_items", everywhere).then().body("message.available_qty", equalTo(List.of(30)));
        }

        stock(probe, east, 12);
        call("items_in_warehouse", inEast).then().body("message[0].available_qty", equalTo(12));
        call("search_items", everywhere).then().body("message.available_qty", equalTo(List.of(12)));

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("price_list_rate", 11.25))
                .put("/api/resource/Item Price/" + probe + " - " + PRICES).then().statusCode(200);
        call("items_in_warehouse", inEast).then().body("message[0].rate", equalTo(11.25f));

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", "Renamed Probe " + TAG))
                .put("/api/resource/Item/" + probe).then().statusCode(200);
        call("search_items", everywhere).then().body("message", equalTo(List.of()));
        call("search_items", Map.of("query", "renamed probe " + TAG)).then().body("message.item_code", equalTo(List.of(probe)));
        call("items_in_warehouse", inEast).then().body("message[0].item_name", equalTo("Renamed Probe " + TAG));

        stock(probe, east, 0);
        call("items_in_warehouse", inEast).then().body("message", equalTo(List.of()));
        call("search_items", Map.of("query", "renamed probe " + TAG)).then().body("message", equalTo(List.of()));
    }

    @Test
    void searchTreatsWildcardsAndSqlAsPlainText() {
        call("search_items", Map.of("query", "'; DROP TABLE items; --")).then().statusCode(200).body("message.size()", equalTo(0));
        // no demo product's name or description has a percent sign (their text is kept free of one for this)
        call("search_items", Map.of("query", "%")).then().statusCode(200).body("message.size()", equalTo(0));
        // "50%" is literal text of the saline description, whose stock is zero: still no rows.
        call("search_items", Map.of("query", "50% off")).then().statusCode(200).body("message.size()", equalTo(0));
    }

    @Test
    void searchIsPaged() {
        List<String> all = call("search_items", Map.of("query", TAG, "limit_page_length", 0)).then().statusCode(200)
                .extract().jsonPath().getList("message.warehouse");
        assertEquals(3, all.size());
        call("search_items", Map.of("query", TAG, "limit_start", 1, "limit_page_length", 1)).then().statusCode(200)
                .body("message.size()", equalTo(1));
        Api.assertError(call("search_items", Map.of()), 417, "ValidationError", "query is required");
    }

    @Test
    void catalogNeedsASignedInCallerAndOnlyAdminsChangeIt() {
        Api.assertError(Api.request().get("/api/method/medgrid.catalog.list_warehouses"), 401, "AuthenticationError", "Not signed in");
        Api.assertError(vendor.request().contentType(ContentType.JSON).body(Map.of("item_code", "X-" + TAG, "item_name", "X"))
                .post("/api/resource/Item"), 403, "PermissionError", "Medgrid Marketplace Admin");
        Api.assertError(vendor.request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "GAUZE-" + TAG, "warehouse", NORTH, "qty", 1000))
                        .post("/api/method/medgrid.catalog.set_stock"), 403, "PermissionError", "Medgrid Marketplace Admin");
        Api.assertError(vendor.request().contentType(ContentType.JSON).body(Map.of("actual_qty", 5))
                .put("/api/resource/Bin/GAUZE-" + TAG + " - " + NORTH), 403, "PermissionError", "cannot be changed");
        vendor.request().get("/api/resource/Bin/GAUZE-" + TAG + " - " + NORTH).then().statusCode(200).body("data.actual_qty", equalTo(40));
    }

    @Test
    void itemWritesAreValidated() {
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", "BAD-" + TAG))
                .post("/api/resource/Item"), 417, "ValidationError", "item_name");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "BAD-" + TAG, "item_name", "Bad", "reorder_level", "lots"))
                        .post("/api/resource/Item"), 417, "ValidationError", "reorder_level");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "GAUZE-" + TAG, "item_name", "Again"))
                        .post("/api/resource/Item"), 409, "DuplicateEntryError", "already exists");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "BAD-" + TAG, "item_name", "Bad", "colour", "red"))
                        .post("/api/resource/Item"), 417, "ValidationError", "Unknown field colour");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "PRICE-" + TAG, "price_list", "No Such List", "price_list_rate", 1))
                        .post("/api/resource/Item Price"), 417, "ValidationError", "Could not find Item");
        Api.admin().request().get("/api/resource/Item/BAD-" + TAG).then().statusCode(404);
    }

    @Test
    void linkedDocumentsCannotBeDeleted() {
        Api.assertError(Api.admin().request().delete("/api/resource/Item/GAUZE-" + TAG), 417, "LinkExistsError", "linked");
        Api.admin().request().get("/api/resource/Item/GAUZE-" + TAG).then().statusCode(200);
        String loose = "LOOSE-" + TAG;
        item(loose, "Loose " + TAG, "unlinked");
        Api.admin().request().delete("/api/resource/Item/" + loose).then().statusCode(202).body("data", equalTo("ok"));
        Api.admin().request().get("/api/resource/Item/" + loose).then().statusCode(404);
    }

    @Test
    void aStaleModifiedTimestampIsRefused() {
        String code = "STALE-" + TAG;
        item(code, "Stale " + TAG, "x");
        String modified = Api.admin().request().get("/api/resource/Item/" + code).then().extract().path("data.modified");
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_name", "Fresh " + TAG, "modified", modified))
                .put("/api/resource/Item/" + code).then().statusCode(200).body("data.item_name", equalTo("Fresh " + TAG));
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_name", "Late " + TAG, "modified", "2000-01-01 00:00:00"))
                        .put("/api/resource/Item/" + code), 417, "TimestampMismatchError", "modified after you have opened it");
    }

    @Test
    void stockCannotBeNegativeOrForUnknownItems() {
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "GAUZE-" + TAG, "warehouse", NORTH, "qty", -1))
                        .post("/api/method/medgrid.catalog.set_stock"), 417, "ValidationError", "must not be negative");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "NOPE-" + TAG, "warehouse", NORTH, "qty", 1))
                        .post("/api/method/medgrid.catalog.set_stock"), 417, "ValidationError", "Could not find Item");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "GAUZE-" + TAG, "warehouse", NORTH, "qty", "many"))
                        .post("/api/method/medgrid.catalog.set_stock"), 417, "ValidationError", "qty must be a number");
        List<Map<String, Object>> bins = Api.admin().request()
                .queryParams(Map.of("fields", "[\"item_code\",\"actual_qty\"]", "filters", "[[\"item_code\",\"=\",\"GAUZE-" + TAG + "\"]]"))
                .get("/api/resource/Bin").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(2, bins.size());
        assertTrue(bins.stream().allMatch(b -> ((Number) b.get("actual_qty")).intValue() >= 0));
    }
}

package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A vendor of the tests' own that ships through its own sandbox ShipStation account: its warehouse,
 * an item mapped to ShipStation, a clinic with a buyer, and the account connected.
 */
final class ShipStationShop {

    final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final String apiKey = "shop-" + tag;
    final String warehouse = "Shop " + tag + " - S" + tag;
    final String item = "SHOP-GLOVE-" + tag;
    final String clinic = "Shop Clinic " + tag;
    final Api.TestUser partner;

    ShipStationShop() {
        Api.insert("Company", Map.of("company_name", "Shop Co " + tag, "abbr", "S" + tag));
        Api.insert("Warehouse", Map.of("warehouse_name", "Shop " + tag, "company", "Shop Co " + tag));
        Api.insert("Price List", Map.of("price_list_name", "Shop Prices " + tag));
        Api.TestUser vendor = Api.newUser("Vendor");
        Api.insert("Vendor Profile", Map.of("vendor_name", "Shop Vendor " + tag, "vendor_user", vendor.email(), "status", "Approved"));
        Api.insert("Item", Map.of("item_code", item, "item_name", "Exam Gloves " + tag, "shipstation_product_id", "SS-" + item,
                "default_supplier", "Shop Vendor " + tag));
        Api.insert("Item Price", Map.of("item_code", item, "price_list", "Shop Prices " + tag, "price_list_rate", 12));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", warehouse, "qty", 1000))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        partner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", clinic, "portal_user", partner.email(), "default_price_list", "Shop Prices " + tag));
        Api.insert("Address", Map.of("address_title", clinic, "address_type", "Shipping", "address_line1", "1 Dock St",
                "city", "Austin", "state", "TX", "pincode", "78701", "customer", clinic));
        vendor.request().contentType(ContentType.JSON).body(Map.of("api_key", apiKey, "api_secret", apiKey))
                .post("/api/method/medgrid.integrations.connect_shipstation").then().statusCode(200);
    }


    String submitOrder() {
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", clinic, "shipping_address_name", clinic + "-Shipping", "docstatus", 1,
                        "items", List.of(Map.of("item_code", item, "qty", 1, "warehouse", warehouse))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    /** The shop's sandbox account: the next {@code count} calls fail as {@code mode} (0 clears). */
    void fault(String mode, int count) {
        sandbox().body(Map.of("mode", mode, "count", count)).post("/api/sandbox/shipstation/_sandbox/faults").then().statusCode(200);
    }

    /** How many calls MedGrid made to the shop's sandbox account. */
    long calls() {
        return ((Number) sandbox().get("/api/sandbox/shipstation/_sandbox/calls").then().statusCode(200).extract().path("calls")).longValue();
    }

    private RequestSpecification sandbox() {
        String basic = Base64.getEncoder().encodeToString((apiKey + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
        return Api.request().header("Authorization", "Basic " + basic).contentType(ContentType.JSON);
    }

    static JsonPath dispatch(String order, String vendor) {
        return Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + order + "-" + vendor).then().statusCode(200).extract().jsonPath();
    }

    static void awaitSent(String order, String vendor, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> "Sent".equals(dispatch(order, vendor).getString("data.status")));
    }
}

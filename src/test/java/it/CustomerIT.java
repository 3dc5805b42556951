package it;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Customers and addresses: validation and who sees which customer. */
class CustomerIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6);
    private static Api.TestUser rep;
    private static Api.TestUser otherRep;
    private static Api.TestUser partner;
    private static final String MINE = "Clinic Mine " + TAG;
    private static final String THEIRS = "Clinic Theirs " + TAG;

    @BeforeAll
    static void createCustomers() {
        rep = Api.newUser("Sales User");
        otherRep = Api.newUser("Sales User");
        partner = Api.newUser("Customer");
        customer(MINE, rep.email(), partner.email());
        customer(THEIRS, otherRep.email(), null);
        address(MINE, "CA", "94105").then().statusCode(200).body("data.name", equalTo(MINE + "-Shipping"));
        address(THEIRS, "TX", "73301").then().statusCode(200);
    }

    private static void customer(String name, String assignedRep, String portalUser) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customer_name", name, "assigned_rep", assignedRep));
        if (portalUser != null) {
            body.put("portal_user", portalUser);
        }
        Api.admin().request().contentType(ContentType.JSON).body(body).post("/api/resource/Customer").then().statusCode(200);
    }

    private static io.restassured.response.Response address(String customer, String state, String zip) {
        return Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("address_title", customer, "address_type", "Shipping", "address_line1", "1 Market St",
                        "city", "Somewhere", "state", state, "pincode", zip, "customer", customer))
                .post("/api/resource/Address");
    }

    private static List<String> visibleCustomers(Api.TestUser user) {
        return user.request().queryParams(Map.of("filters", "[[\"name\",\"like\",\"%" + TAG + "\"]]", "order_by", "name asc"))
                .get("/api/resource/Customer").then().statusCode(200).extract().jsonPath().getList("data.name");
    }

    @Test
    void eachCallerSeesOnlyTheirCustomers() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(MINE), visibleCustomers(rep));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(THEIRS), visibleCustomers(otherRep));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(MINE), visibleCustomers(partner));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(MINE, THEIRS), visibleCustomers(Api.admin()));
        Api.assertError(partner.request().get("/api/resource/Customer/" + THEIRS), 404, "DoesNotExistError", "not found");
        partner.request().get("/api/resource/Customer/" + MINE).then().statusCode(200).body("data.assigned_rep", equalTo(rep.email()));
        Api.assertError(Api.newUser("Vendor").request().get("/api/resource/Customer"), 403, "PermissionError", "Customer");
    }

    @Test
    void addressesFollowTheirCustomer() {
        partner.request().queryParams(Map.of("filters", "[[\"customer\",\"like\",\"%" + TAG + "\"]]"))
                .get("/api/resource/Address").then().statusCode(200).body("data.name", equalTo(List.of(MINE + "-Shipping")));
        Api.assertError(partner.request().get("/api/resource/Address/" + THEIRS + "-Shipping"), 404, "DoesNotExistError", "not found");
    }

    @Test
    void addressesAreValidatedAsUsAddresses() {
        Api.assertError(address(MINE + " x", "ZZ", "94105"), 417, "ValidationError", "not a US state code");
        Api.assertError(address(MINE + " y", "CA", "ABCDE"), 417, "ValidationError", "pincode: must be a US ZIP code");
        Api.assertError(address("Nobody " + TAG, "CA", "94105"), 417, "ValidationError", "Could not find Customer");
    }

    @Test
    void customersLinkToRealUsersAndPriceLists() {
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("customer_name", "Ghost " + TAG, "assigned_rep", "ghost@example.com"))
                        .post("/api/resource/Customer"), 417, "ValidationError", "Could not find User: ghost@example.com");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("customer_name", "Ghost " + TAG, "default_price_list", "Nope"))
                        .post("/api/resource/Customer"), 417, "ValidationError", "Could not find Price List: Nope");
        Api.assertError(rep.request().contentType(ContentType.JSON).body(Map.of("customer_name", "Mine Too " + TAG))
                .post("/api/resource/Customer"), 403, "PermissionError", "Sales Manager");
    }
}

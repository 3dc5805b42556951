package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vendor onboarding: public registration, the admins' review, invitations, and suspended vendors' lines waiting. */
class VendorOnboardingIT {

    private static final String WAREHOUSE = "Skydell Main - SM";
    private static final String CUSTOMER = "Lone Star Hormone Center";

    /** A registration body of its own (unique names), as the spec shows it. */
    private static Map<String, Object> body(String password) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("sales_representative_name", "Onboard Vendor " + tag);
        body.put("email", "onboard-" + tag + "@example.com");
        body.put("password", password);
        body.put("country", "United States");
        body.put("profile_url", "onboard-" + tag);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static Response registerAsGuest(String address, Map<String, Object> body) {
        return Api.request().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(body)
                .post("/api/method/medgrid.api.register_vendor");
    }

    private static Response call(Api.TestUser user, String method, Map<String, Object> body) {
        return user.request().contentType(ContentType.JSON).body(body).post("/api/method/medgrid.api." + method);
    }

    private static JsonPath profile(String name) {
        return Api.admin().request().get("/api/resource/Vendor Profile/" + name).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath dispatch(String name) {
        return Api.admin().request().get("/api/resource/Fulfillment Dispatch/" + name).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> auditActions(String profile) {
        return Api.admin().request().queryParams(Map.of("fields", "[\"action\"]", "filters", "[[\"docname\", \"=\", \"" + profile + "\"]]",
                        "order_by", "creation asc", "limit_page_length", 0))
                .get("/api/resource/Audit Log").then().statusCode(200).extract().jsonPath().getList("data.action");
    }

    @Test
    void aGuestRegistersAPendingVendorWhoseUserCannotSignInUntilApproved() {
        Map<String, Object> registration = body("vendor-pass-1");
        String name = (String) registration.get("sales_representative_name");
        String email = (String) registration.get("email");
        registerAsGuest(Api.newClientAddress(), registration).then().statusCode(200)
                .body("message", equalTo(Map.of("vendor_profile", name, "status", "Pending Approval", "user", email)));

        JsonPath stored = profile(name);
        assertEquals("Pending Approval", stored.getString("data.status"));
        assertEquals(email, stored.getString("data.vendor_user"));
        assertEquals(registration.get("profile_url"), stored.getString("data.profile_url"));
        Api.admin().request().get("/api/resource/User/" + email).then().statusCode(200)
                .body("data.enabled", equalTo(0)).body("data.roles.role", hasItem("Vendor"));
        Api.assertError(Api.loginFrom(Api.newClientAddress(), email, "vendor-pass-1"), 401, "AuthenticationError", "Invalid login");
        Map<String, String> keys = Api.admin().request().contentType(ContentType.JSON).body(Map.of("user", email))
                .post("/api/method/frappe.core.doctype.user.user.generate_keys").then().statusCode(200).extract().jsonPath().getMap("message");
        Api.request().header("Authorization", "token " + keys.get("api_key") + ":" + keys.get("api_secret"))
                .get("/api/method/frappe.auth.get_logged_user").then().statusCode(401);

        Api.assertError(call(Api.newUser("Medgrid Marketplace Officer"), "approve_vendor", Map.of("name", name)),
                403, "PermissionError", "Medgrid Marketplace Admin");
        Api.assertError(Api.request().contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/method/medgrid.api.approve_vendor"),
                401, "AuthenticationError", "Not signed in");
        Api.assertError(call(Api.admin(), "suspend_vendor", Map.of("name", name, "note", "too early")),
                417, "ValidationError", "only a profile that is Approved can be suspended");

        call(Api.admin(), "approve_vendor", Map.of("name", name, "note", "Licences checked")).then().statusCode(200)
                .body("message.status", equalTo("Approved"));
        Api.admin().request().get("/api/resource/User/" + email).then().statusCode(200)
                .body("data.enabled", equalTo(1)).body("data.roles.role", hasItem("Vendor"));
        JsonPath own = Api.session(email, "vendor-pass-1").request().get("/api/resource/Vendor Profile/" + name)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Licences checked", own.getString("data.review_note"), "the vendor reads the decision on its own profile");
        JsonPath approved = profile(name);
        assertEquals("Approved", approved.getString("data.status"));
        assertEquals(Api.ADMIN_EMAIL, approved.getString("data.reviewed_by"));
        assertNotNull(approved.getString("data.reviewed_at"));
        assertEquals(List.of("Registered", "Approved"), auditActions(name));
    }

    @Test
    void badAndDuplicateRegistrationsAreRefused() {
        String address = Api.newClientAddress();
        Map<String, Object> first = body("");
        registerAsGuest(address, first).then().statusCode(200).body("message.invitation_url", equalTo(null));

        Map<String, Object> sameUrl = with(body(""), "profile_url", first.get("profile_url"));
        Api.assertError(registerAsGuest(address, sameUrl), 409, "DuplicateEntryError", "profile_url " + first.get("profile_url"));
        Api.assertError(registerAsGuest(address, with(body(""), "email", first.get("email"))), 409, "DuplicateEntryError", "already exists");
        Api.assertError(call(Api.admin(), "register_vendor", with(body(""), "profile_url", "Not A Slug!")), 417, "ValidationError", "profile_url must be");
        Api.assertError(call(Api.admin(), "register_vendor", with(body(""), "website", "http://cheap-pills.example")),
                417, "ValidationError", "website must be left empty");
        Api.assertError(call(Api.admin(), "register_vendor", with(body(""), "status", "Approved")), 417, "ValidationError", "Unknown field status");
        Api.assertError(call(Api.admin(), "register_vendor", with(body(""), "password", "short")), 417, "ValidationError", "at least 8");
        Api.assertError(call(Api.admin(), "register_vendor", with(body(""), "country", "")), 417, "ValidationError", "country is required");
    }

    @Test
    void oneAddressMayRegisterFiveTimesAnHour() {
        String address = Api.newClientAddress();
        Map<String, Object> badSlug = with(body(""), "profile_url", "-");
        for (int i = 0; i < 5; i++) {
            Api.assertError(registerAsGuest(address, badSlug), 417, "ValidationError", "profile_url");
        }
        Api.assertError(registerAsGuest(address, body("")), 429, "RateLimitExceededError", "Too many register_vendor submissions");
        registerAsGuest(Api.newClientAddress(), body("")).then().statusCode(200);
        call(Api.admin(), "register_vendor", body("")).then().statusCode(200);
    }

    @Test
    void rejectingNeedsANoteAndLeavesTheUserDisabled() {
        Map<String, Object> registration = body("vendor-pass-2");
        String name = (String) registration.get("sales_representative_name");
        call(Api.admin(), "register_vendor", registration).then().statusCode(200);

        Api.assertError(call(Api.admin(), "reject_vendor", Map.of("name", name)), 417, "ValidationError", "note is required");
        call(Api.admin(), "reject_vendor", Map.of("name", name, "note", "No distribution licence")).then().statusCode(200)
                .body("message.status", equalTo("Rejected"));
        assertEquals("No distribution licence", profile(name).getString("data.review_note"));
        Api.admin().request().get("/api/resource/User/" + registration.get("email")).then().body("data.enabled", equalTo(0));
        Api.assertError(call(Api.admin(), "approve_vendor", Map.of("name", name)), 417, "ValidationError", "is Rejected");
        Api.assertError(call(Api.admin(), "approve_vendor", Map.of("name", "Nobody " + UUID.randomUUID())), 404, "DoesNotExistError", "not found");
        assertEquals(List.of("Registered", "Rejected"), auditActions(name));
    }

    @Test
    void anInvitedVendorSetsItsPasswordOnce() {
        Map<String, Object> registration = body("");
        String name = (String) registration.get("sales_representative_name");
        String email = (String) registration.get("email");
        String url = call(Api.admin(), "register_vendor", registration).then().statusCode(200)
                .body("message.status", equalTo("Pending Approval")).body("message.invitation_url", notNullValue())
                .extract().path("message.invitation_url");
        assertTrue(url.contains("/api/method/medgrid.api.accept_invitation?token="), url);
        String token = URI.create(url).getQuery().substring("token=".length());

        Map<String, Object> setting = Map.of("token", token, "new_password", "invited-pass-1");
        Api.assertError(Api.request().contentType(ContentType.JSON).body(Map.of("token", token, "new_password", "short"))
                .post("/api/method/medgrid.api.accept_invitation"), 417, "ValidationError", "at least 8");
        Api.request().contentType(ContentType.JSON).body(setting).post("/api/method/medgrid.api.accept_invitation")
                .then().statusCode(200).body("message.user", equalTo(email));
        Api.assertError(Api.request().contentType(ContentType.JSON).body(Map.of("token", token, "new_password", "invited-pass-2"))
                .post("/api/method/medgrid.api.accept_invitation"), 417, "ValidationError", "already used");

        Api.assertError(Api.loginFrom(Api.newClientAddress(), email, "invited-pass-1"), 401, "AuthenticationError", "Invalid login");
        call(Api.admin(), "approve_vendor", Map.of("name", name)).then().statusCode(200);
        Api.session(email, "invited-pass-1");
    }

    /**
     * A suspended vendor's lines routed to a vendor connection wait with the reason and go once it
     * is reinstated. Lines MedGrid ships itself (manual) do not wait: MedGrid holds that stock and
     * sends nothing to the vendor, so suspending the vendor does not stop MedGrid shipping it.
     */
    @Test
    void aSuspendedVendorsLinesWaitUntilItIsReinstated() {
        Map<String, Object> registration = body("vendor-pass-3");
        String name = (String) registration.get("sales_representative_name");
        String email = (String) registration.get("email");
        String tag = ((String) registration.get("profile_url")).substring("onboard-".length()).toUpperCase();
        call(Api.admin(), "register_vendor", registration).then().statusCode(200);
        call(Api.admin(), "approve_vendor", Map.of("name", name)).then().statusCode(200);
        Api.session(email, "vendor-pass-3").request().contentType(ContentType.JSON)
                .body(Map.of("api_key", "onboard-" + tag, "api_secret", "onboard-" + tag))
                .post("/api/method/medgrid.integrations.connect_shipstation").then().statusCode(200);

        String shipped = "ONB-SHIP-" + tag;
        String manual = "ONB-MAN-" + tag;
        Api.insert("Item", Map.of("item_code", shipped, "item_name", "Onboard Gloves " + tag, "shipstation_product_id", "SS-" + shipped,
                "default_supplier", name));
        Api.insert("Item", Map.of("item_code", manual, "item_name", "Onboard Gowns " + tag, "default_supplier", name));
        for (String item : List.of(shipped, manual)) {
            Api.insert("Item Price", Map.of("item_code", item, "price_list", "Standard Selling", "price_list_rate", 10));
            Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", 50))
                    .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        }

        Api.assertError(call(Api.admin(), "suspend_vendor", Map.of("name", name)), 417, "ValidationError", "note is required");
        call(Api.admin(), "suspend_vendor", Map.of("name", name, "note", "Recall under review")).then().statusCode(200)
                .body("message.status", equalTo("Suspended"));
        String order = Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("customer", CUSTOMER, "docstatus", 1, "items", List.of(
                        Map.of("item_code", shipped, "qty", 1, "warehouse", WAREHOUSE),
                        Map.of("item_code", manual, "qty", 1, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");

        String reason = "Vendor Profile " + name + " is Suspended: its lines wait until an admin reinstates it.";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Waiting".equals(dispatch(order + "-shipstation").getString("data.status")));
        JsonPath waiting = dispatch(order + "-shipstation");
        assertEquals(reason, waiting.getString("data.last_error"));
        assertEquals(0, waiting.getInt("data.attempts"), "waiting for the vendor is no attempt");
        assertEquals("Manual", dispatch(order + "-manual").getString("data.status"));

        call(Api.admin(), "approve_vendor", Map.of("name", name, "note", "Recall cleared")).then().statusCode(200)
                .body("message.status", equalTo("Approved"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "Sent".equals(dispatch(order + "-shipstation").getString("data.status")));
        assertEquals(List.of("Registered", "Approved", "Suspended", "Reinstated"), auditActions(name));
        assertEquals("Recall cleared", profile(name).getString("data.review_note"));
    }
}

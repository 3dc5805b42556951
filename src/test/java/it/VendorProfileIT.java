package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Vendor Profiles: admins manage them, a vendor reads only its own, items must name an existing one. */
class VendorProfileIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toLowerCase();

    private static Response create(Api.TestUser user, Map<String, Object> body) {
        return user.request().contentType(ContentType.JSON).body(body).post("/api/resource/Vendor Profile");
    }

    @Test
    void adminsCreateProfilesPendingApprovalAndVendorsReadOnlyTheirOwn() {
        Api.TestUser vendor = Api.newUser("Vendor");
        create(Api.admin(), Map.of("vendor_name", "Own Vendor " + TAG, "vendor_user", vendor.email(), "country", "United States",
                "profile_url", "own-" + TAG)).then().statusCode(200)
                .body("data.name", equalTo("Own Vendor " + TAG))
                .body("data.status", equalTo("Pending Approval"));
        create(Api.admin(), Map.of("vendor_name", "Other Vendor " + TAG)).then().statusCode(200);

        vendor.request().queryParams(Map.of("fields", "[\"name\",\"status\"]", "limit_page_length", 0))
                .get("/api/resource/Vendor Profile").then().statusCode(200)
                .body("data.name", equalTo(List.of("Own Vendor " + TAG)));
        vendor.request().get("/api/resource/Vendor Profile/Own Vendor " + TAG).then().statusCode(200)
                .body("data.profile_url", equalTo("own-" + TAG));
        Api.assertError(vendor.request().get("/api/resource/Vendor Profile/Other Vendor " + TAG), 404, "DoesNotExistError", "not found");

        Api.assertError(create(vendor, Map.of("vendor_name", "Self Made " + TAG)), 403, "PermissionError", "Medgrid Marketplace Admin");
        Api.assertError(vendor.request().contentType(ContentType.JSON).body(Map.of("status", "Approved"))
                .put("/api/resource/Vendor Profile/Own Vendor " + TAG), 403, "PermissionError", "Medgrid Marketplace Admin");
        Api.assertError(Api.newUser("Customer").request().get("/api/resource/Vendor Profile"), 403, "PermissionError", "Vendor");
    }

    @Test
    void aStatusChangesOnlyThroughTheReviewMethods() {
        String name = "Reviewed Vendor " + TAG;
        create(Api.admin(), Map.of("vendor_name", name, "vendor_user", Api.newUser("Vendor").email())).then().statusCode(200);
        for (String status : List.of("Approved", "Rejected", "Suspended")) {
            Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("status", status))
                            .put("/api/resource/Vendor Profile/" + name), 417, "ValidationError",
                    "status of Vendor Profile " + name + " changes only through medgrid.api.approve_vendor,"
                            + " medgrid.api.reject_vendor or medgrid.api.suspend_vendor.");
        }
        // a client sending the whole document back, status unchanged, still updates the rest
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("status", "Pending Approval", "country", "Canada"))
                .put("/api/resource/Vendor Profile/" + name).then().statusCode(200)
                .body("data.status", equalTo("Pending Approval")).body("data.country", equalTo("Canada"));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/method/medgrid.api.approve_vendor").then().statusCode(200).body("message.status", equalTo("Approved"));
        Api.admin().request().get("/api/resource/Vendor Profile/" + name).then().statusCode(200)
                .body("data.status", equalTo("Approved")).body("data.reviewed_by", equalTo(Api.ADMIN_EMAIL));
    }

    @Test
    void badProfilesAreRefused() {
        Api.assertError(create(Api.admin(), Map.of("vendor_name", "Bad Url " + TAG, "profile_url", "Not A Slug!")),
                417, "ValidationError", "profile_url");
        Api.assertError(create(Api.admin(), Map.of("vendor_name", "Bad Status " + TAG, "status", "Live")),
                417, "ValidationError", "status");
        Api.assertError(create(Api.admin(), Map.of("vendor_name", "Ghost " + TAG, "vendor_user", "ghost-" + TAG + "@example.com")),
                417, "ValidationError", "Could not find User: ghost-" + TAG + "@example.com");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON)
                        .body(Map.of("item_code", "ORPHAN-" + TAG, "item_name", "Orphan", "default_supplier", "Nobody " + TAG))
                        .post("/api/resource/Item"),
                417, "ValidationError", "Could not find Vendor Profile: Nobody " + TAG);
    }
}

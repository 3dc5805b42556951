package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Webhook subscriptions: each subscriber sees only its own, the secret is shown only when made,
 * and URLs must reach public addresses (the development build allows http and loopback).
 */
class WebhookSubscriptionIT {

    private static final String RESOURCE = "/api/resource/Webhook Subscription";
    private static final String LOCAL_RECEIVER = "http://127.0.0.1:9/medgrid-hooks";

    private static Response create(Api.TestUser user, Map<String, Object> body) {
        return user.request().contentType(ContentType.JSON).body(body).post(RESOURCE);
    }

    private static String subscribe(Api.TestUser user) {
        return create(user, Map.of("url", LOCAL_RECEIVER, "events", List.of("order.created", "order.shipped")))
                .then().statusCode(200).extract().path("data.name");
    }

    private static List<String> listed(Api.TestUser user) {
        return user.request().queryParams(Map.of("limit_page_length", 0)).get(RESOURCE)
                .then().statusCode(200).extract().jsonPath().getList("data.name");
    }

    @Test
    void theSecretIsShownOnceWhenTheSubscriptionIsMade() {
        Api.TestUser partner = Api.newUser("Customer");
        Response created = create(partner, Map.of("url", LOCAL_RECEIVER, "events", List.of("order.created", "order.shipped",
                "order.created"), "description", "Order feed"));
        created.then().statusCode(200)
                .body("data.secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("data.events", equalTo(List.of("order.created", "order.shipped")))
                .body("data.enabled", equalTo(1))
                .body("data.owner", equalTo(partner.email()))
                .body("data.url", equalTo(LOCAL_RECEIVER));
        String name = created.path("data.name");

        Response read = partner.request().get(RESOURCE + "/" + name);
        read.then().statusCode(200).body("data.description", equalTo("Order feed"))
                .body("data.events", equalTo(List.of("order.created", "order.shipped")));
        assertFalse(read.asString().contains("secret\""), read.asString());
        String everything = partner.request().queryParams(Map.of("fields", "[\"*\"]")).get(RESOURCE).asString();
        assertFalse(everything.contains("whsec_"), everything);
        Api.assertError(partner.request().queryParams(Map.of("fields", "[\"secret\"]")).get(RESOURCE), 417, "ValidationError", "secret");

        partner.request().contentType(ContentType.JSON).body(Map.of("enabled", 0, "events", "[\"order.delivered\"]"))
                .put(RESOURCE + "/" + name).then().statusCode(200)
                .body("data.enabled", equalTo(0))
                .body("data.events", equalTo(List.of("order.delivered")))
                .body("data.secret", equalTo(null));
    }

    @Test
    void eachSubscriberSeesOnlyItsOwnAndSystemManagersSeeAll() {
        Api.TestUser partner = Api.newUser("Customer");
        Api.TestUser otherPartner = Api.newUser("Customer");
        Api.TestUser vendor = Api.newUser("Vendor");
        String partners = subscribe(partner);
        String others = subscribe(otherPartner);
        String vendors = subscribe(vendor);

        assertEquals(List.of(partners), listed(partner));
        assertEquals(List.of(vendors), listed(vendor));
        List<String> all = listed(Api.admin());
        for (String name : List.of(partners, others, vendors)) {
            org.hamcrest.MatcherAssert.assertThat(all, hasItem(name));
        }
        Api.admin().request().get(RESOURCE + "/" + partners).then().statusCode(200).body("data.owner", equalTo(partner.email()));

        for (Api.TestUser stranger : List.of(otherPartner, vendor)) {
            Api.assertError(stranger.request().get(RESOURCE + "/" + partners), 404, "DoesNotExistError", "not found");
            Api.assertError(stranger.request().contentType(ContentType.JSON).body(Map.of("enabled", 0))
                    .put(RESOURCE + "/" + partners), 404, "DoesNotExistError", "not found");
            Api.assertError(stranger.request().delete(RESOURCE + "/" + partners), 404, "DoesNotExistError", "not found");
            Api.assertError(stranger.request().contentType(ContentType.JSON).body(Map.of("name", partners))
                    .post("/api/method/medgrid.webhooks.rotate_secret"), 404, "DoesNotExistError", "not found");
        }
        partner.request().get(RESOURCE + "/" + partners).then().statusCode(200).body("data.enabled", equalTo(1));

        Api.TestUser rep = Api.newUser("Sales User");
        Api.assertError(rep.request().get(RESOURCE), 403, "PermissionError", "Customer");
        Api.assertError(create(rep, Map.of("url", LOCAL_RECEIVER, "events", List.of("order.created"))), 403, "PermissionError", "Vendor");
        Api.assertError(Api.request().get(RESOURCE), 401, "AuthenticationError", "Not signed in");

        vendor.request().delete(RESOURCE + "/" + vendors).then().statusCode(202);
        assertEquals(List.of(), listed(vendor));
    }

    @Test
    void rotatingGivesANewSecretAndKeepsThePreviousOneSigningForADay() {
        Api.TestUser partner = Api.newUser("Customer");
        Response created = create(partner, Map.of("url", LOCAL_RECEIVER, "events", List.of("order.paid")));
        String name = created.path("data.name");
        String first = created.path("data.secret");

        Response rotated = partner.request().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/method/medgrid.webhooks.rotate_secret");
        rotated.then().statusCode(200)
                .body("message.name", equalTo(name))
                .body("message.secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .body("message.previous_secret_expires_at", notNullValue());
        assertNotEquals(first, rotated.path("message.secret"));
        partner.request().get(RESOURCE + "/" + name).then().statusCode(200)
                .body("data.previous_secret_expires_at", equalTo(rotated.path("message.previous_secret_expires_at")))
                .body("data.modified_by", equalTo(partner.email()))
                .body(not(org.hamcrest.Matchers.containsString("whsec_")));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/method/medgrid.webhooks.rotate_secret").then().statusCode(200);
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/method/medgrid.webhooks.rotate_secret"), 417, "ValidationError", "name");
    }

    @Test
    void unknownEventsAndUnreachableUrlsAreRefused() {
        Api.TestUser partner = Api.newUser("Customer");
        Api.assertError(create(partner, Map.of("url", LOCAL_RECEIVER, "events", List.of("order.shiped"))),
                417, "ValidationError", "\"order.shiped\" is not one of");
        Api.assertError(create(partner, Map.of("url", LOCAL_RECEIVER, "events", List.of())), 417, "ValidationError", "events");
        Api.assertError(create(partner, Map.of("url", LOCAL_RECEIVER)), 417, "ValidationError", "events");
        Api.assertError(create(partner, Map.of("events", List.of("order.created"))), 417, "ValidationError", "url");
        Api.assertError(create(partner, Map.of("url", LOCAL_RECEIVER, "events", List.of("order.created"), "secret", "mine")),
                417, "ValidationError", "Unknown field secret");
        Map<String, String> refusals = Map.of(
                "ftp://127.0.0.1/hook", "must start with https:// or http://",
                "/relative/hook", "absolute URL",
                "http://2130706433/", "is not a host name or a dotted IPv4 address",
                "http://0.0.0.0/", "an unspecified address",
                "http://10.1.2.3/hook", "a private address",
                "http://[fd00::1]/hook", "a private address",
                "http://169.254.169.254/latest/meta-data", "a link-local address",
                "http://user:pw@127.0.0.1/hook", "user name or password",
                "https://hooks.example.com/" + "x".repeat(2000), "url is too long");
        refusals.forEach((url, message) -> Api.assertError(create(partner, Map.of("url", url, "events", List.of("order.created"))),
                417, "ValidationError", message));
        String name = subscribe(partner);
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("url", "http://192.168.1.1/"))
                .put(RESOURCE + "/" + name), 417, "ValidationError", "a private address");
        assertEquals(List.of(name), listed(partner));
    }
}

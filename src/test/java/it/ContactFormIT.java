package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The public contact form: a guest's message becomes a Lead that sales managers see (reps do not);
 * bad input, unknown fields, the honeypot and too many links are refused; a resubmission is stored
 * once; one address gets five messages an hour.
 */
class ContactFormIT {

    private static final String FORM = "/api/method/medgrid.contact_api.submit_contact_form";

    private static Response submit(String address, Map<String, Object> body) {
        return Api.request().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(body).post(FORM);
    }

    private static Map<String, Object> form(String email) {
        Map<String, Object> body = new HashMap<>(Map.of("full_name", "Dana Whitfield", "email", email,
                "message", "We run three clinics in Ohio and want to order compounded semaglutide. Who can we talk to?"));
        body.put("organization", "Whitfield Health");
        body.put("phone", "+1 614 555 0199");
        return body;
    }

    private static List<Map<String, Object>> leads(Api.TestUser reader, String email) {
        return reader.request().queryParams(Map.of("fields", "[\"name\", \"lead_name\", \"email_id\", \"company_name\", \"phone\", \"status\", \"source\", \"owner\"]",
                        "filters", "[[\"email_id\", \"=\", \"" + email + "\"]]"))
                .get("/api/resource/Lead").then().statusCode(200).extract().jsonPath().getList("data");
    }

    @Test
    void aGuestsMessageBecomesALeadForSalesManagersOnce() {
        String email = "dana-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String address = Api.newClientAddress();
        submit(address, form(email.toUpperCase())).then().statusCode(200).body("message.ok", equalTo(true));
        submit(address, form(email)).then().statusCode(200).body("message.ok", equalTo(true));

        Api.TestUser manager = Api.newUser("Sales Manager");
        List<Map<String, Object>> found = leads(manager, email);
        assertEquals(1, found.size(), "a resubmission is stored once: " + found);
        Map<String, Object> lead = found.get(0);
        assertEquals("Dana Whitfield", lead.get("lead_name"));
        assertEquals("Whitfield Health", lead.get("company_name"));
        assertEquals("Lead", lead.get("status"));
        assertEquals("Website", lead.get("source"));
        assertEquals("Guest", lead.get("owner"));
        manager.request().contentType(ContentType.JSON).body(Map.of("status", "Replied"))
                .put("/api/resource/Lead/" + lead.get("name")).then().statusCode(200).body("data.status", equalTo("Replied"));

        Api.assertError(Api.newUser("Sales User").request().get("/api/resource/Lead"), 403, "PermissionError", "");
    }

    @Test
    void badInputAndSpamAreRefused() {
        String email = "spam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<String, Object> honeypot = form(email);
        honeypot.put("website", "http://cheap-pills.example");
        Api.assertError(submit(Api.newClientAddress(), honeypot), 417, "ValidationError", "website must be left empty");
        Map<String, Object> links = form(email);
        links.put("message", "Buy now http://a.example http://b.example www.c.example");
        Api.assertError(submit(Api.newClientAddress(), links), 417, "ValidationError", "links");
        Map<String, Object> unknown = form(email);
        unknown.put("budget", "1M");
        Api.assertError(submit(Api.newClientAddress(), unknown), 417, "ValidationError", "Unknown field budget");
        Map<String, Object> badEmail = form("not-an-email");
        Api.assertError(submit(Api.newClientAddress(), badEmail), 417, "ValidationError", "email_id");
        Map<String, Object> shortMessage = form(email);
        shortMessage.put("message", "hi");
        Api.assertError(submit(Api.newClientAddress(), shortMessage), 417, "ValidationError", "too short");
        Api.assertError(submit(Api.newClientAddress(), Map.of("email", email, "message", "Hello there, a question.")), 417,
                "ValidationError", "full_name");
        assertEquals(0, leads(Api.admin(), email).size());
    }

    @Test
    void oneAddressGetsFiveMessagesAnHour() {
        String address = Api.newClientAddress();
        for (int i = 0; i < 5; i++) {
            submit(address, form("burst-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com")).then().statusCode(200);
        }
        Api.assertError(submit(address, form("burst-6@example.com")), 429, "RateLimitExceededError", "Too many submit_contact_form submissions");
        submit(Api.newClientAddress(), form("other-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com")).then().statusCode(200);
    }
}

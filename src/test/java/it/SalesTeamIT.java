package it;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sales team: orders credited to the customer's rep when submitted (reversed on cancel), KPIs,
 * leaderboard, customers, the manager's commission summary and sub-rep invitations, each scoped
 * (reps themselves and their sub-reps, managers their team, admins everyone).
 */
class SalesTeamIT {

    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Rep Depot " + TAG + " - R" + TAG;
    private static final String PRICES = "Rep Prices " + TAG;
    private static final String ITEM = "REPKIT-" + TAG;
    private static final String MANAGER = "Manager " + TAG;
    private static final String REP = "Rep " + TAG;
    private static final String OUTSIDER = "Outsider " + TAG;
    private static Api.TestUser manager;
    private static Api.TestUser rep;
    private static Api.TestUser outsider;
    private static Api.TestUser partner;

    @BeforeAll
    static void createTeam() {
        Api.insert("Company", Map.of("company_name", "Rep Co " + TAG, "abbr", "R" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Rep Depot " + TAG, "company", "Rep Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        Api.insert("Item", Map.of("item_code", ITEM, "item_name", "Rep Demo Kit " + TAG));
        Api.insert("Item Price", Map.of("item_code", ITEM, "price_list", PRICES, "price_list_rate", 100));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", ITEM, "warehouse", WAREHOUSE, "qty", 10000))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        manager = Api.newUser("Sales Manager");
        rep = Api.newUser("Sales User");
        outsider = Api.newUser("Sales User");
        partner = Api.newUser("Customer");
        Api.insert("Sales Person", Map.of("sales_person_name", MANAGER, "user", manager.email(), "commission_rate", 10));
        Api.insert("Sales Person", Map.of("sales_person_name", REP, "user", rep.email(), "commission_rate", 8,
                "parent_sales_person", MANAGER));
        Api.insert("Sales Person", Map.of("sales_person_name", OUTSIDER, "user", outsider.email(), "commission_rate", 5));
    }

    /** A new customer of {@code repEmail}'s that the test partner orders for. */
    private static String customer(String repEmail) {
        String name = "Rep Clinic " + UUID.randomUUID().toString().substring(0, 8);
        Api.insert("Customer", Map.of("customer_name", name, "assigned_rep", repEmail, "portal_user", partner.email(),
                "default_price_list", PRICES));
        Api.insert("Address", Map.of("address_title", name, "address_type", "Shipping", "address_line1", "9 Rep Road",
                "city", "Reno", "state", "NV", "pincode", "89501", "customer", name));
        return name;
    }

    /** The partner submits an order of {@code qty} kits (100 each) for {@code customer}. */
    private static String order(String customer, int qty) {
        return partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "docstatus", 1, "items", List.of(Map.of("item_code", ITEM, "qty", qty, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static JsonPath kpis(Api.TestUser user, String salesPerson) {
        var request = user.request();
        if (salesPerson != null) {
            request.queryParam("sales_person", salesPerson);
        }
        return request.get("/api/method/medgrid.rep_dashboard.get_rep_kpis").then().statusCode(200).extract().jsonPath();
    }

    private static double number(JsonPath json, String path) {
        return ((Number) json.get(path)).doubleValue();
    }

    @Test
    void anOrderIsCreditedToItsCustomersRepWithTheManagersOverrideAndCancellingReversesIt() {
        String clinic = customer(rep.email());
        double repBefore = number(kpis(rep, null), "message.mtd_sales");
        double managerCommissionBefore = number(kpis(manager, null), "message.commission_estimate");
        String order = order(clinic, 4);

        JsonPath mine = kpis(rep, null);
        assertEquals(REP, mine.getString("message.sales_person"));
        assertEquals(repBefore + 400, number(mine, "message.mtd_sales"), 0.001);
        assertEquals(8, number(mine, "message.commission_rate"), 0.001);
        assertEquals("Bronze", mine.getString("message.tier"));
        assertEquals("Silver", mine.getString("message.next_tier.tier"));
        assertTrue(mine.getInt("message.level") >= 1);
        assertTrue(mine.getInt("message.streak_days") >= 1, mine.prettify());
        assertTrue(mine.getList("message.badges").contains("First Sale"), mine.prettify());
        assertTrue(mine.getInt("message.customer_count") >= 1);
        assertEquals(managerCommissionBefore + 8, number(kpis(manager, null), "message.commission_estimate"), 0.001,
                "the manager keeps 10 − 8 points of the rep's 400");

        Api.admin().request().contentType(ContentType.JSON).body(Map.of("docstatus", 2)).put("/api/resource/Sales Order/" + order)
                .then().statusCode(200);
        assertEquals(repBefore, number(kpis(rep, null), "message.mtd_sales"), 0.001, "cancelling reverses the credit");
        assertEquals(managerCommissionBefore, number(kpis(manager, null), "message.commission_estimate"), 0.001);
    }

    @Test
    void repsSeeThemselvesManagersTheirTeamAdminsEveryone() {
        kpis(manager, REP);
        kpis(Api.admin(), OUTSIDER);
        Api.assertError(rep.request().queryParam("sales_person", MANAGER).get("/api/method/medgrid.rep_dashboard.get_rep_kpis"),
                404, "DoesNotExistError", "Sales Person " + MANAGER + " not found");
        Api.assertError(manager.request().queryParam("sales_person", OUTSIDER).get("/api/method/medgrid.rep_dashboard.get_rep_kpis"),
                404, "DoesNotExistError", "not found");
        Api.assertError(Api.newUser("Sales User").request().get("/api/method/medgrid.rep_dashboard.get_rep_kpis"),
                417, "ValidationError", "No Sales Person is linked to user");
        Api.assertError(partner.request().get("/api/method/medgrid.rep_dashboard.get_rep_kpis"), 403, "PermissionError", "");
        rep.request().get("/api/resource/Sales Person?limit_page_length=500").then().statusCode(200)
                .body("data.name", hasItem(REP)).body("data.name", not(hasItem(MANAGER)));
        manager.request().get("/api/resource/Sales Person?limit_page_length=500").then().statusCode(200)
                .body("data.name", hasItem(REP)).body("data.name", not(hasItem(OUTSIDER)));
        rep.request().get("/api/resource/Sales Person/" + OUTSIDER).then().statusCode(404);
    }

    @Test
    void theLeaderboardRanksTheCallersSalesOrganisationByTheMetricAsked() {
        order(customer(rep.email()), 2);
        List<Map<String, Object>> board = rep.request().queryParams(Map.of("metric", "mtd_sales", "limit", 100))
                .get("/api/method/medgrid.rep_dashboard.get_leaderboard").then().statusCode(200).extract().jsonPath().getList("message");
        List<Object> names = board.stream().map(row -> row.get("sales_person")).toList();
        assertTrue(names.contains(REP) && names.contains(MANAGER) && !names.contains(OUTSIDER),
                "the rep's organisation is its manager's branch; the outsider is not in it: " + names);
        Map<String, Object> mine = board.stream().filter(row -> REP.equals(row.get("sales_person"))).findFirst().orElseThrow();
        double myFigure = ((Number) mine.get("mtd_sales")).doubleValue();
        assertEquals(1 + board.stream().filter(row -> ((Number) row.get("mtd_sales")).doubleValue() > myFigure).count(),
                ((Number) mine.get("rank")).longValue(), board.toString());
        assertEquals(true, mine.get("is_me"));
        for (int i = 1; i < board.size(); i++) {
            assertTrue(((Number) board.get(i - 1).get("mtd_sales")).doubleValue() >= ((Number) board.get(i).get("mtd_sales")).doubleValue());
        }
        List<Map<String, Object>> streaks = rep.request().queryParams(Map.of("metric", "streak_days"))
                .get("/api/method/medgrid.rep_dashboard.get_leaderboard").then().statusCode(200).extract().jsonPath().getList("message");
        assertEquals(1, streaks.stream().filter(row -> REP.equals(row.get("sales_person"))).findFirst().orElseThrow().get("streak_days"));
        Api.assertError(rep.request().queryParam("metric", "revenue").get("/api/method/medgrid.rep_dashboard.get_leaderboard"),
                417, "ValidationError", "metric must be one of mtd_sales, commission_estimate, streak_days");
        Api.assertError(rep.request().queryParam("limit", 0).get("/api/method/medgrid.rep_dashboard.get_leaderboard"),
                417, "ValidationError", "limit must be between 1 and 100");
    }

    @Test
    void myCustomersAreThoseAssignedToMeWithThisMonthsSales() {
        String clinic = customer(outsider.email());
        order(clinic, 3);
        List<Map<String, Object>> mine = outsider.request().get("/api/method/medgrid.rep_dashboard.get_my_customers")
                .then().statusCode(200).extract().jsonPath().getList("message");
        Map<String, Object> row = mine.stream().filter(r -> clinic.equals(r.get("name"))).findFirst().orElseThrow();
        assertEquals(300.0, ((Number) row.get("mtd_sales")).doubleValue(), 0.001);
        assertTrue(row.get("last_order_date") != null);
        rep.request().get("/api/method/medgrid.rep_dashboard.get_my_customers").then().statusCode(200)
                .body("message.name", not(hasItem(clinic)));
    }

    @Test
    void theTeamCommissionSummaryIsForManagersOverTheirTeam() {
        order(customer(rep.email()), 1);
        JsonPath summary = manager.request().queryParam("period_days", 30).get("/api/method/medgrid.team_commission.team_commission_summary")
                .then().statusCode(200).extract().jsonPath();
        List<String> reps = summary.getList("message.reps.sales_person");
        assertEquals(MANAGER, reps.get(0), "parents first");
        assertTrue(reps.contains(REP) && !reps.contains(OUTSIDER), reps.toString());
        Map<String, Object> repRow = summary.getMap("message.reps.find { it.sales_person == '" + REP + "' }");
        double sales = ((Number) repRow.get("sales")).doubleValue();
        assertEquals(sales * 0.08, ((Number) repRow.get("own_commission")).doubleValue(), 0.01);
        Map<String, Object> managerRow = summary.getMap("message.reps.find { it.sales_person == '" + MANAGER + "' }");
        assertTrue(((Number) managerRow.get("team_sales")).doubleValue() >= sales);
        Api.assertError(rep.request().get("/api/method/medgrid.team_commission.team_commission_summary"), 403, "PermissionError", "");
        Api.assertError(manager.request().queryParam("period_days", 0).get("/api/method/medgrid.team_commission.team_commission_summary"),
                417, "ValidationError", "period_days must be between 1 and 366");
    }

    @Test
    void aRepInvitesASubRepWithASliceOfItsOwnRate() {
        String email = "subrep-" + TAG.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        String name = "Sub Rep " + UUID.randomUUID().toString().substring(0, 6);
        Api.assertError(invite(rep, email, name, 9), 417, "ValidationError", "subrep_pct 9 is more than your own commission rate (8)");
        Api.assertError(invite(rep, email, name, 0), 417, "ValidationError", "subrep_pct must be a positive percentage");
        JsonPath invited = invite(rep, email, name, 3).then().statusCode(200).extract().jsonPath();
        assertEquals(REP, invited.getString("message.parent_sales_person"));
        assertEquals(5, invited.getInt("message.parent_commission_kept"));
        Api.assertError(invite(rep, email, name + " 2", 3), 409, "DuplicateEntryError", "already exists");

        String url = invited.getString("message.invitation_url");
        String token = url.substring(url.indexOf("token=") + "token=".length());
        Api.request().contentType(ContentType.JSON).body(Map.of("token", token, "new_password", "sub-rep-password"))
                .post("/api/method/medgrid.api.accept_invitation").then().statusCode(200).body("message.user", equalTo(email));
        Api.Session subrep = Api.session(email, "sub-rep-password");

        double repCommissionBefore = number(kpis(rep, null), "message.commission_estimate");
        order(customer(email), 10);
        JsonPath theirs = subrep.request().get("/api/method/medgrid.rep_dashboard.get_rep_kpis").then().statusCode(200).extract().jsonPath();
        assertEquals(30, number(theirs, "message.commission_estimate"), 0.001, "3 points of 1,000");
        assertEquals(repCommissionBefore + 50, number(kpis(rep, null), "message.commission_estimate"), 0.001, "the 5 points the rep kept");
        kpis(rep, name);

        Api.admin().request().queryParams(Map.of("filters", "[[\"action\", \"=\", \"Sub-rep Invited\"], [\"docname\", \"=\", \"" + name + "\"]]",
                "fields", "[\"owner\"]")).get("/api/resource/Audit Log").then().statusCode(200).body("data[0].owner", equalTo(rep.email()));
    }

    private static Response invite(Api.TestUser inviter, String email, String fullName, Object pct) {
        return inviter.request().contentType(ContentType.JSON).body(Map.of("email", email, "full_name", fullName, "subrep_pct", pct))
                .post("/api/method/medgrid.subrep_team.invite_subrep");
    }

    @Test
    void theTreeKeepsRatesWithinParentsAndNeverLoops() {
        String child = "Child " + UUID.randomUUID().toString().substring(0, 6);
        Api.assertError(manager.request().contentType(ContentType.JSON).body(Map.of("sales_person_name", child, "parent_sales_person", REP,
                "commission_rate", 9)).post("/api/resource/Sales Person"), 417, "ValidationError", "is more than " + REP + "'s 8");
        manager.request().contentType(ContentType.JSON).body(Map.of("sales_person_name", child, "parent_sales_person", REP,
                "commission_rate", 4)).post("/api/resource/Sales Person").then().statusCode(200);
        Api.assertError(manager.request().contentType(ContentType.JSON).body(Map.of("commission_rate", 3)).put("/api/resource/Sales Person/" + REP),
                417, "ValidationError", "is less than a sub-rep's slice (4)");
        Api.assertError(manager.request().contentType(ContentType.JSON).body(Map.of("parent_sales_person", child))
                .put("/api/resource/Sales Person/" + REP), 417, "ValidationError", "the sales team is a tree");
        Api.assertError(rep.request().contentType(ContentType.JSON).body(Map.of("commission_rate", 9)).put("/api/resource/Sales Person/" + REP),
                403, "PermissionError", "");
        Api.assertError(manager.request().contentType(ContentType.JSON).body(Map.of("commission_rate", 12)).put("/api/resource/Sales Person/" + MANAGER),
                403, "PermissionError", "your own Sales Person");
        Api.assertError(manager.request().contentType(ContentType.JSON).body(Map.of("kind", "Badge", "metric", "order_count", "threshold", 1,
                "bonus_rate", 2, "name", "Bonus Badge " + TAG)).post("/api/resource/Sales Milestone"), 417, "ValidationError", "bonus_rate belongs to Tiers only");
    }
}

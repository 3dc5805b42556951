package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payment Entries against Sales Orders: receipts, refunds, the order's billing status, cancelling, the sandbox processor, who sees what. */
class PaymentEntryIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Pay Depot " + TAG + " - P" + TAG;
    private static final String PRICES = "Pay Prices " + TAG;
    private static final String GLOVES = "GLOVES-" + TAG;
    private static final String CLINIC = "Pay Clinic " + TAG;
    private static final String OTHER = "Pay Other " + TAG;
    private static Api.TestUser partner;
    private static Api.TestUser otherPartner;
    private static Api.TestUser vendor;
    private static final String SUPPLIED = "SUPPLIED-" + TAG;

    @BeforeAll
    static void createMarket() {
        Api.insert("Company", Map.of("company_name", "Pay Co " + TAG, "abbr", "P" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Pay Depot " + TAG, "company", "Pay Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        Api.insert("Item", Map.of("item_code", GLOVES, "item_name", "Gloves " + TAG));
        Api.insert("Item Price", Map.of("item_code", GLOVES, "price_list", PRICES, "price_list_rate", 25));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", GLOVES, "warehouse", WAREHOUSE, "qty", 1000))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        vendor = Api.newUser("Vendor");
        Api.insert("Vendor Profile", Map.of("vendor_name", "Pay Vendor " + TAG, "vendor_user", vendor.email(), "status", "Approved"));
        Api.insert("Item", Map.of("item_code", SUPPLIED, "item_name", "Supplied " + TAG, "default_supplier", "Pay Vendor " + TAG));
        Api.insert("Item Price", Map.of("item_code", SUPPLIED, "price_list", PRICES, "price_list_rate", 10));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", SUPPLIED, "warehouse", WAREHOUSE, "qty", 100))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
        partner = Api.newUser("Customer");
        otherPartner = Api.newUser("Customer");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "portal_user", partner.email(), "default_price_list", PRICES));
        Api.insert("Customer", Map.of("customer_name", OTHER, "portal_user", otherPartner.email(), "default_price_list", PRICES));
    }


    /** An order of {@code qty} × 25.00 USD by the customer's partner, submitted unless {@code submit} is false. */
    private static String order(Api.TestUser user, String customer, int qty, boolean submit) {
        return user.request().contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "delivery_date", TODAY.plusDays(7).toString(), "docstatus", submit ? 1 : 0,
                        "items", List.of(Map.of("item_code", GLOVES, "qty", qty, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
    }

    private static Response pay(Api.TestUser user, String order, String type, Object amount) {
        Map<String, Object> body = new HashMap<>(Map.of("payment_type", type, "sales_order", order, "paid_amount", amount,
                "mode_of_payment", "Wire Transfer", "reference_no", "REF-" + TAG, "reference_date", TODAY.toString()));
        return user.request().contentType(ContentType.JSON).body(body).post("/api/resource/Payment Entry");
    }

    private static Map<String, Object> salesOrder(String order) {
        return Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200).extract().jsonPath().getMap("data");
    }

    private static void assertBilling(String order, String status, double perBilled, double advancePaid) {
        Map<String, Object> doc = salesOrder(order);
        assertEquals(status, doc.get("billing_status"), doc::toString);
        assertEquals(perBilled, ((Number) doc.get("per_billed")).doubleValue(), 0.001, doc::toString);
        assertEquals(advancePaid, ((Number) doc.get("advance_paid")).doubleValue(), 0.001, doc::toString);
    }

    private static Response cancel(Api.TestUser user, String order) {
        return user.request().contentType(ContentType.JSON).body(Map.of("docstatus", 2)).put("/api/resource/Sales Order/" + order);
    }

    @Test
    void partialThenFullPaymentMakesTheOrderPartlyPaidThenPaid() {
        String order = order(partner, CLINIC, 4, true); // 100.00
        assertBilling(order, "Unpaid", 0, 0);
        pay(Api.admin(), order, "Receive", 40).then().statusCode(200)
                .body("data.name", startsWith("ACC-PAY-"))
                .body("data.docstatus", equalTo(1))
                .body("data.payment_type", equalTo("Receive"))
                .body("data.party_type", equalTo("Customer"))
                .body("data.party", equalTo(CLINIC))
                .body("data.sales_order", equalTo(order))
                .body("data.paid_amount", equalTo(40))
                .body("data.currency", equalTo("USD"))
                .body("data.mode_of_payment", equalTo("Wire Transfer"))
                .body("data.reference_no", equalTo("REF-" + TAG))
                .body("data.posting_date", equalTo(TODAY.toString()));
        assertBilling(order, "Partly Paid", 40, 40);
        Api.assertError(pay(Api.admin(), order, "Receive", 60.01), 417, "ValidationError", "more than the outstanding amount 60");
        pay(Api.admin(), order, "Receive", 60).then().statusCode(200);
        assertBilling(order, "Paid", 100, 100);
        Api.assertError(pay(Api.admin(), order, "Receive", 1), 417, "ValidationError", "more than the outstanding amount 0");
    }

    /** The order is locked while an entry is booked: concurrent receipts never take it past its grand total. */
    @Test
    void concurrentPaymentsNeverOverpay() throws Exception {
        String order = order(partner, CLINIC, 4, true); // 100.00
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> pay(Api.admin(), order, "Receive", 25).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
            assertEquals(4, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(4, statuses.stream().filter(s -> s == 417).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertBilling(order, "Paid", 100, 100);
    }

    @Test
    void badAmountsAndTypesAreRefused() {
        String order = order(partner, CLINIC, 1, true);
        Api.assertError(pay(Api.admin(), order, "Receive", 0), 417, "ValidationError", "greater than 0");
        Api.assertError(pay(Api.admin(), order, "Receive", -5), 417, "ValidationError", "greater than 0");
        Api.assertError(pay(Api.admin(), order, "Receive", 1.005), 417, "ValidationError", "more than 2 decimal places for USD");
        Api.assertError(pay(Api.admin(), order, "Pay", 1), 417, "ValidationError", "payment_type must be Receive or Refund");
        Api.assertError(pay(Api.admin(), "SO-NOPE-" + TAG, "Receive", 1), 417, "ValidationError", "Could not find Sales Order");
        assertBilling(order, "Unpaid", 0, 0);
    }

    @Test
    void refundsNeverExceedWhatWasPaidAndTakeTheStatusBack() {
        String order = order(partner, CLINIC, 2, true); // 50.00
        Api.assertError(pay(Api.admin(), order, "Refund", 1), 417, "ValidationError", "more than the 0 USD paid");
        pay(Api.admin(), order, "Receive", 50).then().statusCode(200);
        Api.assertError(pay(Api.admin(), order, "Refund", 50.01), 417, "ValidationError", "more than the 50 USD paid");
        pay(Api.admin(), order, "Refund", 20).then().statusCode(200).body("data.payment_type", equalTo("Refund"));
        assertBilling(order, "Partly Paid", 60, 30);
        Api.assertError(pay(Api.admin(), order, "Refund", 30.01), 417, "ValidationError", "more than the 30 USD paid");
        pay(Api.admin(), order, "Refund", 30).then().statusCode(200);
        assertBilling(order, "Unpaid", 0, 0);
    }

    @Test
    void onlySubmittedOrdersArePaid() {
        String draft = order(partner, CLINIC, 1, false);
        Api.assertError(pay(Api.admin(), draft, "Receive", 10), 417, "ValidationError", "only be recorded against submitted orders");
        String cancelled = order(partner, CLINIC, 1, true);
        cancel(partner, cancelled).then().statusCode(200);
        Api.assertError(pay(Api.admin(), cancelled, "Receive", 10), 417, "ValidationError", "only be recorded against submitted orders");
    }

    @Test
    void aPaidOrderIsCancelledOnlyAfterItsRefund() {
        String order = order(partner, CLINIC, 1, true); // 25.00
        pay(Api.admin(), order, "Receive", 10).then().statusCode(200);
        Api.assertError(cancel(partner, order), 417, "ValidationError", "refund it first");
        assertEquals(1, salesOrder(order).get("docstatus"));
        pay(Api.admin(), order, "Refund", 10).then().statusCode(200);
        cancel(partner, order).then().statusCode(200).body("data.docstatus", equalTo(2)).body("data.billing_status", equalTo("Unpaid"));
    }

    @Test
    void entriesCannotBeChangedOrDeleted() {
        String order = order(partner, CLINIC, 1, true);
        String entry = pay(Api.admin(), order, "Receive", 5).then().statusCode(200).extract().path("data.name");
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("paid_amount", 25))
                .put("/api/resource/Payment Entry/" + entry), 417, "ValidationError", "cannot be changed");
        Api.assertError(Api.admin().request().delete("/api/resource/Payment Entry/" + entry), 417, "ValidationError", "cannot be deleted");
        assertBilling(order, "Partly Paid", 20, 5);
    }

    @Test
    void theSandboxProcessorPaysTheOutstandingAmountOrTheAmountGiven() {
        String order = order(partner, CLINIC, 3, true); // 75.00
        Map<String, Object> first = partner.request().contentType(ContentType.JSON).body(Map.of("sales_order", order, "amount", 15))
                .post("/api/method/medgrid.payments.pay").then().statusCode(200).extract().jsonPath().getMap("message");
        assertEquals(15, ((Number) first.get("paid_amount")).intValue(), first::toString);
        assertBilling(order, "Partly Paid", 20, 15);
        Map<String, Object> rest = partner.request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.payments.pay").then().statusCode(200).extract().jsonPath().getMap("message");
        assertEquals(60, ((Number) rest.get("paid_amount")).intValue(), rest::toString);
        assertBilling(order, "Paid", 100, 75);
        Map<String, Object> entry = partner.request().get("/api/resource/Payment Entry/" + rest.get("payment_entry")).then().statusCode(200)
                .extract().jsonPath().getMap("data");
        assertEquals("Sandbox", entry.get("mode_of_payment"));
        assertEquals("Receive", entry.get("payment_type"));
        assertTrue(((String) entry.get("reference_no")).startsWith("sbx_"), entry::toString);
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.payments.pay"), 417, "ValidationError", "already paid");
        Api.assertError(otherPartner.request().contentType(ContentType.JSON).body(Map.of("sales_order", order))
                .post("/api/method/medgrid.payments.pay"), 404, "DoesNotExistError", "not found");
    }

    @Test
    void partnersReadTheirOwnOrdersEntriesOnlyAndRecordNone() {
        String mine = order(partner, CLINIC, 1, true);
        String theirs = order(otherPartner, OTHER, 1, true);
        String myEntry = pay(Api.admin(), mine, "Receive", 5).then().statusCode(200).extract().path("data.name");
        String theirEntry = pay(Api.admin(), theirs, "Receive", 5).then().statusCode(200).extract().path("data.name");
        partner.request().get("/api/resource/Payment Entry/" + myEntry).then().statusCode(200).body("data.sales_order", equalTo(mine));
        Api.assertError(partner.request().get("/api/resource/Payment Entry/" + theirEntry), 404, "DoesNotExistError", "not found");
        List<String> listed = partner.request().queryParams(Map.of("fields", "[\"party\"]", "limit_page_length", 0))
                .get("/api/resource/Payment Entry").then().statusCode(200).extract().jsonPath().getList("data.party");
        assertEquals(List.of(CLINIC), listed.stream().distinct().toList());
        Api.assertError(pay(partner, mine, "Receive", 5), 403, "PermissionError", "Payment Entry");
        Api.assertError(pay(partner, mine, "Refund", 5), 403, "PermissionError", "Payment Entry");
        Api.newUser("Vendor").request().get("/api/resource/Payment Entry/" + myEntry).then().statusCode(403);
        assertBilling(mine, "Partly Paid", 20, 5);
    }

    /** Payments are order-wide and the customer's business: a vendor reading the order sees none of them. */
    @Test
    void vendorsDoNotSeeAnOrdersPayments() {
        String order = partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "docstatus", 1, "items", List.of(
                        Map.of("item_code", GLOVES, "qty", 1, "warehouse", WAREHOUSE),
                        Map.of("item_code", SUPPLIED, "qty", 1, "warehouse", WAREHOUSE))))
                .post("/api/resource/Sales Order").then().statusCode(200).extract().path("data.name");
        pay(Api.admin(), order, "Receive", 35).then().statusCode(200);
        Map<String, Object> seen = vendor.request().get("/api/resource/Sales Order/" + order).then().statusCode(200)
                .extract().jsonPath().getMap("data");
        assertEquals(null, seen.get("billing_status"), seen::toString);
        assertEquals(null, seen.get("advance_paid"), seen::toString);
        assertEquals(null, seen.get("per_billed"), seen::toString);
        assertBilling(order, "Paid", 100, 35);
    }
}

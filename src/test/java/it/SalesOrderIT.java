package it;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sales Orders end to end: drafts, pricing, submission with stock reservation, cancellation, who sees what. */
class SalesOrderIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String TAG = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String WAREHOUSE = "Depot " + TAG + " - S" + TAG;
    private static final String PRICES = "SO Prices " + TAG;
    private static final String MASK = "MASK-" + TAG;
    private static final String SCARCE = "SCARCE-" + TAG;
    private static final String HELD = "HELD-" + TAG;
    private static final String MASK_VENDOR = "Mask Vendor " + TAG;
    private static final String CLINIC = "SO Clinic " + TAG;
    private static final String OTHER = "SO Other " + TAG;
    private static Api.TestUser partner;
    private static Api.TestUser rep;
    private static Api.TestUser otherRep;
    private static Api.TestUser maskVendor;

    @BeforeAll
    static void createMarket() {
        Api.insert("Company", Map.of("company_name", "SO Co " + TAG, "abbr", "S" + TAG));
        Api.insert("Warehouse", Map.of("warehouse_name", "Depot " + TAG, "company", "SO Co " + TAG));
        Api.insert("Price List", Map.of("price_list_name", PRICES));
        maskVendor = Api.approvedVendor(MASK_VENDOR);
        Api.insert("Item", Map.of("item_code", MASK, "item_name", "N95 Masks " + TAG, "default_supplier", MASK_VENDOR));
        Api.insert("Item", Map.of("item_code", SCARCE, "item_name", "Scarce Vials " + TAG));
        Api.insert("Item", Map.of("item_code", HELD, "item_name", "Held Vials " + TAG));
        Api.insert("Item Price", Map.of("item_code", MASK, "price_list", PRICES, "price_list_rate", 12.5));
        Api.insert("Item Price", Map.of("item_code", SCARCE, "price_list", PRICES, "price_list_rate", 100));
        Api.insert("Item Price", Map.of("item_code", HELD, "price_list", PRICES, "price_list_rate", 10));
        stock(MASK, 1000);
        stock(SCARCE, 5);
        stock(HELD, 10);
        partner = Api.newUser("Customer");
        rep = Api.newUser("Sales User");
        otherRep = Api.newUser("Sales User");
        Api.insert("Customer", Map.of("customer_name", CLINIC, "assigned_rep", rep.email(), "portal_user", partner.email(),
                "default_price_list", PRICES));
        Api.insert("Customer", Map.of("customer_name", OTHER, "assigned_rep", otherRep.email(), "default_price_list", PRICES));
        Api.insert("Address", Map.of("address_title", CLINIC, "address_type", "Shipping", "address_line1", "5 Elm St",
                "city", "Reno", "state", "NV", "pincode", "89501", "customer", CLINIC));
        Api.insert("Address", Map.of("address_title", OTHER, "address_type", "Shipping", "address_line1", "6 Oak St",
                "city", "Boise", "state", "ID", "pincode", "83702", "customer", OTHER));
    }


    private static void stock(String item, int qty) {
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("item_code", item, "warehouse", WAREHOUSE, "qty", qty))
                .post("/api/method/medgrid.catalog.set_stock").then().statusCode(200);
    }

    private static Map<String, Object> line(String item, Object qty) {
        return Map.of("item_code", item, "qty", qty, "warehouse", WAREHOUSE);
    }

    private static Response createOrder(Api.TestUser user, String customer, List<Map<String, Object>> items) {
        return user.request().contentType(ContentType.JSON)
                .body(Map.of("customer", customer, "delivery_date", TODAY.plusDays(7).toString(), "items", items))
                .post("/api/resource/Sales Order");
    }

    private static String draft(Api.TestUser user, String customer, List<Map<String, Object>> items) {
        return createOrder(user, customer, items).then().statusCode(200).extract().path("data.name");
    }

    private static Response setDocstatus(Api.TestUser user, String order, int docstatus) {
        return user.request().contentType(ContentType.JSON).body(Map.of("docstatus", docstatus)).put("/api/resource/Sales Order/" + order);
    }

    private static Response updateStatus(Api.TestUser user, String order, String status) {
        return user.request().contentType(ContentType.JSON).body(Map.of("name", order, "status", status))
                .post("/api/method/erpnext.selling.doctype.sales_order.sales_order.update_status");
    }

    private static double reserved(String item) {
        return ((Number) bin(item).get("reserved_qty")).doubleValue();
    }

    private static Map<String, Object> bin(String item) {
        return Api.admin().request().get("/api/resource/Bin/" + item + " - " + WAREHOUSE).then().statusCode(200)
                .extract().jsonPath().getMap("data");
    }

    @Test
    void aPartnerCreatesADraftPricedFromTheCustomersPriceList() {
        Response created = createOrder(partner, CLINIC, List.of(line(MASK, 4), line(MASK, 2)));
        created.then().statusCode(200)
                .body("data.name", matchesPattern("SO-" + Year.now().getValue() + "-\\d{5}"))
                .body("data.status", equalTo("Draft"))
                .body("data.docstatus", equalTo(0))
                .body("data.selling_price_list", equalTo(PRICES))
                .body("data.currency", equalTo("USD"))
                .body("data.grand_total", equalTo(75))
                .body("data.items[0].rate", equalTo(12.5f))
                .body("data.items[0].amount", equalTo(50))
                .body("data.items[1].idx", equalTo(2))
                .body("data.items[0].vendor", equalTo(MASK_VENDOR))
                .body("data.transaction_date", equalTo(TODAY.toString()));
    }

    /** As in Frappe: an order that names no address ships to its customer's shipping address. */
    @Test
    void anOrderWithoutAnAddressShipsToTheCustomersShippingAddress() {
        String order = createOrder(partner, CLINIC, List.of(line(MASK, 1))).then().statusCode(200).extract().path("data.name");
        Api.admin().request().get("/api/resource/Sales Order/" + order).then().statusCode(200)
                .body("data.shipping_address_name", equalTo(CLINIC + "-Shipping"));
    }

    @Test
    void badOrdersAreRefusedWithTheReason() {
        Api.assertError(createOrder(partner, CLINIC, List.of(line("NOPE-" + TAG, 1))), 417, "ValidationError", "could not find Item: NOPE-" + TAG);
        Api.assertError(createOrder(partner, CLINIC, List.of(line(MASK, -3))), 417, "ValidationError", "qty must be greater than 0");
        Api.assertError(createOrder(partner, CLINIC, List.of(line(MASK, "ten"))), 417, "ValidationError", "qty must be a number");
        Api.assertError(createOrder(partner, CLINIC, List.of(Map.of("item_code", MASK, "qty", 1, "warehouse", "Nowhere"))),
                417, "ValidationError", "could not find Warehouse: Nowhere");
        Api.assertError(createOrder(partner, CLINIC, List.of()), 417, "ValidationError", "at least one line");
        Api.assertError(createOrder(partner, "x'; DROP TABLE customers; --", List.of(line(MASK, 1))),
                417, "ValidationError", "Could not find Customer");
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("customer", CLINIC, "shipping_address_name", OTHER + "-Shipping", "items", List.of(line(MASK, 1))))
                        .post("/api/resource/Sales Order"),
                417, "ValidationError", "Could not find Address");
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("customer", CLINIC, "delivery_date", TODAY.minusDays(1).toString(), "items", List.of(line(MASK, 1))))
                        .post("/api/resource/Sales Order"),
                417, "ValidationError", "delivery_date " + TODAY.minusDays(1) + " is before");
    }

    @Test
    void partnersAndRepsOnlyReachTheirOwnCustomersOrders() {
        Api.assertError(createOrder(partner, OTHER, List.of(line(MASK, 1))), 403, "PermissionError", "cannot place orders for customer");
        String theirs = draft(otherRep, OTHER, List.of(line(MASK, 1)));
        String mine = draft(rep, CLINIC, List.of(line(MASK, 1)));
        Api.assertError(partner.request().get("/api/resource/Sales Order/" + theirs), 404, "DoesNotExistError", "not found");
        partner.request().get("/api/resource/Sales Order/" + mine).then().statusCode(200).body("data.customer", equalTo(CLINIC));
        List<String> partnerSees = partner.request().queryParams(Map.of("fields", "[\"customer\"]", "limit_page_length", 0))
                .get("/api/resource/Sales Order").then().statusCode(200).extract().jsonPath().getList("data.customer");
        assertEquals(List.of(CLINIC), partnerSees.stream().distinct().toList());
        List<String> otherRepSees = otherRep.request().queryParams(Map.of("fields", "[\"customer\"]", "limit_page_length", 0))
                .get("/api/resource/Sales Order").then().statusCode(200).extract().jsonPath().getList("data.customer");
        assertEquals(List.of(OTHER), otherRepSees.stream().distinct().toList());
        Api.newUser("Vendor").request().get("/api/resource/Sales Order").then().statusCode(200).body("data", equalTo(List.of()));
    }

    @Test
    void vendorsSeeOrdersWithTheirItemsAndOnlyTheirLines() {
        String mixed = draft(partner, CLINIC, List.of(line(SCARCE, 1), line(MASK, 2)));
        String withoutMasks = draft(partner, CLINIC, List.of(line(SCARCE, 1)));
        maskVendor.request().get("/api/resource/Sales Order/" + mixed).then().statusCode(200)
                .body("data.items.item_code", equalTo(List.of(MASK)))
                .body("data.items[0].qty", equalTo(2));
        Api.assertError(maskVendor.request().get("/api/resource/Sales Order/" + withoutMasks), 404, "DoesNotExistError", "not found");
        List<String> listed = maskVendor.request().queryParams(Map.of("limit_page_length", 0))
                .get("/api/resource/Sales Order").then().statusCode(200).extract().jsonPath().getList("data.name");
        assertTrue(listed.contains(mixed), listed.toString());
        assertFalse(listed.contains(withoutMasks), listed.toString());

        Api.assertError(createOrder(maskVendor, CLINIC, List.of(line(MASK, 1))), 403, "PermissionError", "Sales Order");
        Api.assertError(setDocstatus(maskVendor, mixed, 1), 403, "PermissionError", "Sales Order");

        Api.TestUser pending = Api.newUser("Vendor");
        Api.insert("Vendor Profile", Map.of("vendor_name", "Pending " + TAG, "vendor_user", pending.email()));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("default_supplier", "Pending " + TAG))
                .put("/api/resource/Item/" + SCARCE).then().statusCode(200);
        try {
            Api.assertError(pending.request().get("/api/resource/Sales Order/" + withoutMasks), 404, "DoesNotExistError", "not found");
        } finally {
            Api.admin().request().contentType(ContentType.JSON).body("{\"default_supplier\": null}")
                    .put("/api/resource/Item/" + SCARCE).then().statusCode(200);
        }
    }

    @Test
    void holdingKeepsTheReservationClosingReleasesItReopeningReservesAgain() {
        String order = draft(rep, CLINIC, List.of(line(HELD, 6)));
        setDocstatus(rep, order, 1).then().statusCode(200);
        double reserved = reserved(HELD);

        updateStatus(rep, order, "On Hold").then().statusCode(200).body("message.status", equalTo("On Hold"));
        assertEquals(reserved, reserved(HELD));
        Api.assertError(updateStatus(rep, order, "On Hold"), 417, "ValidationError", "is On Hold and cannot be set to On Hold");

        updateStatus(rep, order, "Closed").then().statusCode(200).body("message.status", equalTo("Closed"));
        assertEquals(reserved - 6, reserved(HELD));

        String rival = draft(rep, CLINIC, List.of(line(HELD, 6)));
        setDocstatus(rep, rival, 1).then().statusCode(200);
        Api.assertError(updateStatus(rep, order, "Draft"), 417, "ValidationError",
                "Insufficient stock for item " + HELD + " in warehouse " + WAREHOUSE);
        rep.request().get("/api/resource/Sales Order/" + order).then().body("data.status", equalTo("Closed"));

        updateStatus(rep, rival, "On Hold").then().statusCode(200);
        setDocstatus(rep, rival, 2).then().statusCode(200).body("data.status", equalTo("Cancelled"));
        updateStatus(rep, order, "Draft").then().statusCode(200).body("message.status", equalTo("To Deliver"));
        assertEquals(reserved, reserved(HELD));
        setDocstatus(rep, order, 2).then().statusCode(200);
        assertEquals(reserved - 6, reserved(HELD));
    }

    @Test
    void statusChangesAreCheckedAndLimitedToStaff() {
        String draft = draft(rep, CLINIC, List.of(line(MASK, 1)));
        Api.assertError(updateStatus(rep, draft, "On Hold"), 417, "ValidationError", "only submitted orders can change status");
        setDocstatus(rep, draft, 1).then().statusCode(200);
        Api.assertError(updateStatus(rep, draft, "Shipped"), 417, "ValidationError", "status must be On Hold, Closed or Draft");
        Api.assertError(updateStatus(rep, draft, "Draft"), 417, "ValidationError", "is To Deliver and cannot be set to Draft");
        Api.assertError(updateStatus(partner, draft, "Closed"), 403, "PermissionError", "Sales User");
        Api.assertError(updateStatus(otherRep, draft, "Closed"), 404, "DoesNotExistError", "not found");
        Api.assertError(rep.request().contentType(ContentType.JSON).body(Map.of("name", draft))
                .post("/api/method/erpnext.selling.doctype.sales_order.sales_order.update_status"), 417, "ValidationError", "status");
    }

    /** The partner's view of an item in the catalog: its customer's price and what is left to order. */
    private static Map<String, Object> inCatalog(String item) {
        return partner.request().queryParam("warehouse", WAREHOUSE).get("/api/method/medgrid.catalog.items_in_warehouse")
                .then().statusCode(200).extract().jsonPath().getMap("message.find { it.item_code == '" + item + "' }");
    }

    private static double availableInCatalog(String item) {
        return ((Number) inCatalog(item).get("available_qty")).doubleValue();
    }

    @Test
    void theCatalogPricesFromTheCustomersCurrentPriceList() {
        String discount = "SO Discount " + TAG;
        Api.insert("Price List", Map.of("price_list_name", discount));
        Api.insert("Item Price", Map.of("item_code", MASK, "price_list", discount, "price_list_rate", 11));
        assertEquals(12.5, ((Number) inCatalog(MASK).get("rate")).doubleValue());
        setDefaultPriceList(CLINIC, discount);
        try {
            assertEquals(11, ((Number) inCatalog(MASK).get("rate")).doubleValue(), "a new default price list shows at once");
        } finally {
            setDefaultPriceList(CLINIC, PRICES);
        }
        assertEquals(12.5, ((Number) inCatalog(MASK).get("rate")).doubleValue());
    }

    private static void setDefaultPriceList(String customer, String priceList) {
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("default_price_list", priceList))
                .put("/api/resource/Customer/" + customer).then().statusCode(200);
    }

    @Test
    void submittingReservesStockAndCancellingReleasesIt() {
        double reservedBefore = ((Number) bin(MASK).get("reserved_qty")).doubleValue();
        double availableBefore = availableInCatalog(MASK);
        assertEquals(12.5, ((Number) inCatalog(MASK).get("rate")).doubleValue());
        String order = draft(partner, CLINIC, List.of(line(MASK, 30)));
        setDocstatus(partner, order, 1).then().statusCode(200)
                .body("data.status", equalTo("To Deliver")).body("data.docstatus", equalTo(1));
        assertEquals(reservedBefore + 30, ((Number) bin(MASK).get("reserved_qty")).doubleValue());
        assertEquals(availableBefore - 30, availableInCatalog(MASK), "the catalog shows the reservation at once");

        Api.assertError(setDocstatus(partner, order, 0), 417, "ValidationError", "from 1 to 0");
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("items", List.of(line(MASK, 1))))
                .put("/api/resource/Sales Order/" + order), 417, "ValidationError", "cannot be edited");
        Api.assertError(partner.request().delete("/api/resource/Sales Order/" + order), 417, "ValidationError", "Only drafts");

        setDocstatus(partner, order, 2).then().statusCode(200).body("data.status", equalTo("Cancelled"));
        assertEquals(reservedBefore, ((Number) bin(MASK).get("reserved_qty")).doubleValue());
        assertEquals(availableBefore, availableInCatalog(MASK));
        Api.assertError(setDocstatus(partner, order, 1), 417, "ValidationError", "Cancelled order");
    }

    @Test
    void insufficientStockRefusesTheSubmitAndKeepsTheDraft() {
        String order = draft(partner, CLINIC, List.of(line(SCARCE, 500)));
        Api.assertError(setDocstatus(partner, order, 1), 417, "ValidationError",
                "Insufficient stock for item " + SCARCE + " in warehouse " + WAREHOUSE);
        partner.request().get("/api/resource/Sales Order/" + order).then().body("data.docstatus", equalTo(0));
        partner.request().delete("/api/resource/Sales Order/" + order).then().statusCode(202).body("data", equalTo("ok"));
        partner.request().get("/api/resource/Sales Order/" + order).then().statusCode(404);
    }

    @Test
    void concurrentSubmitsNeverReserveMoreThanIsAvailable() throws Exception {
        double available = ((Number) bin(SCARCE).get("actual_qty")).doubleValue() - ((Number) bin(SCARCE).get("reserved_qty")).doubleValue();
        int perOrder = (int) Math.floor(available / 2) + 1; // any two together exceed what is left
        List<String> orders = List.of(draft(partner, CLINIC, List.of(line(SCARCE, perOrder))),
                draft(partner, CLINIC, List.of(line(SCARCE, perOrder))));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String order : orders) {
                Callable<Integer> submit = () -> setDocstatus(partner, order, 1).statusCode();
                results.add(pool.submit(submit));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(List.of(200, 417), statuses.stream().sorted().toList(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> after = bin(SCARCE);
        assertEquals(true, ((Number) after.get("reserved_qty")).doubleValue() <= ((Number) after.get("actual_qty")).doubleValue());
    }

    @Test
    void deliveryNotesFollowSubmittedOrdersOnly() {
        String draft = draft(partner, CLINIC, List.of(line(MASK, 1)));
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", draft, "lr_no", "LR-1"))
                .post("/api/resource/Delivery Note"), 417, "ValidationError", "only submitted orders can be delivered");
        setDocstatus(partner, draft, 1).then().statusCode(200);
        String note = Api.admin().request().contentType(ContentType.JSON)
                .body(Map.of("sales_order", draft, "lr_no", "LR-" + TAG, "transporter", "UPS"))
                .post("/api/resource/Delivery Note").then().statusCode(200)
                .body("data.name", matchesPattern("DN-" + Year.now().getValue() + "-\\d{5}"))
                .body("data.customer", equalTo(CLINIC))
                .extract().path("data.name");
        partner.request().get("/api/resource/Delivery Note/" + note).then().statusCode(200).body("data.lr_no", equalTo("LR-" + TAG));
        Api.admin().request().contentType(ContentType.JSON).body(Map.of("lr_no", "LR2-" + TAG))
                .put("/api/resource/Delivery Note/" + note).then().statusCode(200).body("data.lr_no", equalTo("LR2-" + TAG));
        Api.assertError(Api.admin().request().contentType(ContentType.JSON).body(Map.of("sales_order", "SO-1999-00001"))
                .put("/api/resource/Delivery Note/" + note), 417, "ValidationError", "cannot be changed");
        Api.assertError(otherRep.request().get("/api/resource/Delivery Note/" + note), 404, "DoesNotExistError", "not found");
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("sales_order", draft))
                .post("/api/resource/Delivery Note"), 403, "PermissionError", "Medgrid Marketplace Officer");
    }

    @Test
    void prescriptionItemsNeedAPrescriberWithAValidNpi() {
        String rx = "RXONLY-" + TAG;
        Api.insert("Item", Map.of("item_code", rx, "item_name", "Compounded " + TAG, "requires_prescription", 1));
        Api.insert("Item Price", Map.of("item_code", rx, "price_list", PRICES, "price_list_rate", 50));
        stock(rx, 10);
        String order = draft(partner, CLINIC, List.of(line(rx, 1)));
        Api.assertError(setDocstatus(partner, order, 1), 417, "ValidationError", "prescriber_npi is required: " + rx);
        Api.assertError(partner.request().contentType(ContentType.JSON).body(Map.of("prescriber_npi", "1234567890"))
                .put("/api/resource/Sales Order/" + order), 417, "ValidationError", "not a valid NPI");
        partner.request().contentType(ContentType.JSON).body(Map.of("prescriber_npi", "1234567893", "docstatus", 1))
                .put("/api/resource/Sales Order/" + order).then().statusCode(200).body("data.status", equalTo("To Deliver"));
    }

    @Test
    void aStaleDraftCannotBeOverwritten() {
        String order = draft(partner, CLINIC, List.of(line(MASK, 1)));
        String modified = partner.request().get("/api/resource/Sales Order/" + order).then().extract().path("data.modified");
        partner.request().contentType(ContentType.JSON).body(Map.of("items", List.of(line(MASK, 3)), "modified", modified))
                .put("/api/resource/Sales Order/" + order).then().statusCode(200).body("data.grand_total", equalTo(37.5f));
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("items", List.of(line(MASK, 9)), "modified", "2001-01-01 00:00:00"))
                        .put("/api/resource/Sales Order/" + order),
                417, "TimestampMismatchError", "modified after you have opened it");
    }

    @Test
    void partnersOrderAtTheirPriceListsPriceAndDateOnly() {
        String negotiated = "SO Negotiated " + TAG;
        Api.insert("Price List", Map.of("price_list_name", negotiated));
        Api.insert("Item Price", Map.of("item_code", MASK, "price_list", negotiated, "price_list_rate", 9));
        int before = partner.request().queryParam("limit_page_length", 0).get("/api/resource/Sales Order").then()
                .extract().jsonPath().getList("data").size();

        Map<String, Object> cheap = Map.of("item_code", MASK, "qty", 1, "warehouse", WAREHOUSE, "rate", 0.01);
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("customer", CLINIC, "docstatus", 1, "items", List.of(cheap))).post("/api/resource/Sales Order"),
                403, "PermissionError", "Row 1: rate is not yours to set (item " + MASK + " costs 12.5 in " + PRICES + ")");
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("customer", CLINIC, "selling_price_list", negotiated, "items", List.of(line(MASK, 1))))
                        .post("/api/resource/Sales Order"),
                403, "PermissionError", "selling_price_list is not yours to set");
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("customer", CLINIC, "currency", "XYZ", "items", List.of(line(MASK, 1)))).post("/api/resource/Sales Order"),
                417, "ValidationError", "currency XYZ does not match price list");
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("customer", CLINIC, "transaction_date", "1999-01-01", "items", List.of(line(MASK, 1))))
                        .post("/api/resource/Sales Order"),
                403, "PermissionError", "transaction_date is not yours to set");
        partner.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "transaction_date", TODAY.plusDays(1).toString(), "items", List.of(line(MASK, 1))))
                .post("/api/resource/Sales Order").then().statusCode(200)
                .body("data.transaction_date", equalTo(TODAY.plusDays(1).toString())); // today in a time zone ahead of UTC
        before++;
        assertEquals(before, partner.request().queryParam("limit_page_length", 0).get("/api/resource/Sales Order").then()
                .extract().jsonPath().getList("data").size(), "nothing stored");

        // sending the document back as it was read is not an override
        String order = draft(partner, CLINIC, List.of(line(MASK, 2)));
        Map<String, Object> document = partner.request().get("/api/resource/Sales Order/" + order).then().extract().jsonPath().getMap("data");
        partner.request().contentType(ContentType.JSON).body(document).put("/api/resource/Sales Order/" + order)
                .then().statusCode(200).body("data.grand_total", equalTo(25));
        Api.assertError(partner.request().contentType(ContentType.JSON)
                        .body(Map.of("items", List.of(Map.of("item_code", MASK, "qty", 2, "warehouse", WAREHOUSE, "rate", 1))))
                        .put("/api/resource/Sales Order/" + order),
                403, "PermissionError", "rate is not yours to set");
    }

    @Test
    void salesStaffOverridePricesAndEachOverrideIsRecorded() {
        String negotiated = "SO Staff List " + TAG;
        Api.insert("Price List", Map.of("price_list_name", negotiated));
        Api.insert("Item Price", Map.of("item_code", MASK, "price_list", negotiated, "price_list_rate", 10));
        Map<String, Object> discounted = Map.of("item_code", MASK, "qty", 2, "warehouse", WAREHOUSE, "rate", 8);
        String order = rep.request().contentType(ContentType.JSON)
                .body(Map.of("customer", CLINIC, "selling_price_list", negotiated, "items", List.of(discounted, line(MASK, 1))))
                .post("/api/resource/Sales Order").then().statusCode(200)
                .body("data.selling_price_list", equalTo(negotiated))
                .body("data.grand_total", equalTo(26))
                .extract().path("data.name");

        List<Map<String, Object>> versions = Api.admin().request()
                .queryParams(Map.of("fields", "[\"owner\", \"data\"]", "filters", "[[\"docname\", \"=\", \"" + order + "\"]]"))
                .get("/api/resource/Version").then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(1, versions.size(), versions.toString());
        assertEquals(rep.email(), versions.get(0).get("owner"));
        jakarta.json.JsonObject data = Api.parse((String) versions.get(0).get("data")).asJsonObject();
        assertEquals("[[\"selling_price_list\",\"" + PRICES + "\",\"" + negotiated + "\"]]", data.getJsonArray("changed").toString());
        jakarta.json.JsonArray row = data.getJsonArray("row_changed").getJsonArray(0);
        assertEquals("items", row.getString(0));
        assertEquals(1, row.getInt(1));
        assertEquals("[[\"rate\",\"10\",\"8\"]]", row.getJsonArray(3).toString(), "who changed the rate from the list's 10 to 8");

        Api.assertError(partner.request().get("/api/resource/Version"), 403, "PermissionError", "");
    }
}

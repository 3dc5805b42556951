package it.microshed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static it.microshed.MedGrid.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer and its partner's Sales Order drafts, written and read back through typed interfaces. */
@MicroShedTest
public class SalesOrderClientIT {

    private static final String TAG = MedGrid.tag();
    private static final String DELIVERY = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    private static final String WAREHOUSE = "MS Depot " + TAG + " - O" + TAG;
    private static final String PRICES = "MS SO Prices " + TAG;
    private static final String MASK = "MS-MASK-" + TAG;
    private static final String GLOVE = "MS-GLOVE-" + TAG;
    private static final String CLINIC = "MS Clinic " + TAG;

    private static MedGrid.Account partner;
    private static Customers adminCustomers;
    private static SalesOrders partnerOrders;

    @BeforeAll
    static void createMarket() {
        MedGrid.Account admin = MedGrid.systemManager();
        Documents documents = admin.basic(Documents.class);
        documents.create("Company", Map.of("company_name", "MS SO Co " + TAG, "abbr", "O" + TAG, "default_currency", "USD"));
        documents.create("Warehouse", Map.of("warehouse_name", "MS Depot " + TAG, "company", "MS SO Co " + TAG));
        documents.create("Price List", Map.of("price_list_name", PRICES, "currency", "USD"));
        Items items = admin.basic(Items.class);
        items.create(new Items.Item(MASK, "N95 Masks " + TAG, null, "Box"));
        items.create(new Items.Item(GLOVE, "Nitrile Gloves " + TAG, null, "Box"));
        documents.create("Item Price", Map.of("item_code", MASK, "price_list", PRICES, "price_list_rate", 12.5));
        documents.create("Item Price", Map.of("item_code", GLOVE, "price_list", PRICES, "price_list_rate", 7.25));
        Catalog catalog = admin.basic(Catalog.class);
        catalog.setStock(new Catalog.StockCount(MASK, WAREHOUSE, BigDecimal.valueOf(100)));
        catalog.setStock(new Catalog.StockCount(GLOVE, WAREHOUSE, BigDecimal.valueOf(100)));

        partner = MedGrid.newUser("Customer");
        adminCustomers = admin.basic(Customers.class);
        Customers.Customer created = adminCustomers.create(Customers.Customer.create(CLINIC, PRICES, partner.email())).data();
        assertEquals(CLINIC, created.name());
        partnerOrders = partner.token(SalesOrders.class);
    }

    private static SalesOrders.Line line(String item, int qty) {
        return SalesOrders.Line.of(item, qty, WAREHOUSE);
    }

    private static SalesOrders.SalesOrder draft(SalesOrders.Line... lines) {
        return partnerOrders.create(SalesOrders.SalesOrder.draft(CLINIC, DELIVERY, List.of(lines))).data();
    }

    @Test
    void aCustomerReadsBackAsCreated() {
        Customers.Customer clinic = adminCustomers.get(CLINIC).data();
        assertEquals(new Customers.Customer(CLINIC, CLINIC, PRICES, partner.email()), clinic);
        // The partner user sees its own customer.
        assertEquals(CLINIC, partner.basic(Customers.class).get(CLINIC).data().customerName());
    }

    @Test
    void aPartnersDraftIsPricedFromItsCustomersPriceListAndReadsBackTheSame() {
        SalesOrders.SalesOrder created = draft(line(MASK, 4), line(GLOVE, 2));
        assertTrue(created.name().matches("SO-" + Year.now(ZoneOffset.UTC).getValue() + "-\\d{5}"), created.name());
        assertEquals("Draft", created.status());
        assertEquals(0, created.docstatus());
        assertEquals(CLINIC, created.customer());
        assertEquals(DELIVERY, created.deliveryDate());
        assertEquals(PRICES, created.sellingPriceList());
        assertEquals("USD", created.currency());
        assertAmount("6", created.totalQty());
        assertAmount("64.5", created.grandTotal());
        assertEquals(List.of(1, 2), created.items().stream().map(SalesOrders.Line::idx).toList());
        assertAmount("12.5", created.items().get(0).rate());
        assertAmount("50", created.items().get(0).amount());
        assertAmount("7.25", created.items().get(1).rate());
        assertAmount("14.5", created.items().get(1).amount());

        SalesOrders.SalesOrder read = partnerOrders.get(created.name()).data();
        assertEquals(created, read, "the created document and the one read back are the same");
        assertEquals(created.grandTotal(), MedGrid.systemManager().basic(SalesOrders.class).get(created.name()).data().grandTotal());
    }

    @Test
    void aDraftsLinesChangeAndItIsDeleted() {
        SalesOrders.SalesOrder order = draft(line(MASK, 1));
        SalesOrders.SalesOrder changed = partnerOrders.update(order.name(),
                Map.of("items", List.of(Map.of("item_code", GLOVE, "qty", 3, "warehouse", WAREHOUSE)))).data();
        assertEquals(List.of(GLOVE), changed.items().stream().map(SalesOrders.Line::itemCode).toList());
        assertAmount("21.75", changed.grandTotal());
        assertEquals(changed.items(), partnerOrders.get(order.name()).data().items());

        assertEquals("ok", partnerOrders.delete(order.name()).data());
        MedGrid.error(() -> partnerOrders.get(order.name())).assertIs(404, "DoesNotExistError", "not found");
    }

    @Test
    void badDraftsAre417WithTheReasonInFrappeFormat() {
        MedGrid.error(() -> draft()).assertIs(417, "ValidationError", "at least one line");
        MedGrid.error(() -> draft(line("NOPE-" + TAG, 1))).assertIs(417, "ValidationError", "could not find Item: NOPE-" + TAG);
        MedGrid.error(() -> draft(line(MASK, -3))).assertIs(417, "ValidationError", "qty must be greater than 0");
        MedGrid.error(() -> draft(SalesOrders.Line.of(MASK, 1, "Nowhere " + TAG)))
                .assertIs(417, "ValidationError", "could not find Warehouse: Nowhere " + TAG);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        MedGrid.error(() -> partnerOrders.create(SalesOrders.SalesOrder.draft(CLINIC, yesterday, List.of(line(MASK, 1)))))
                .assertIs(417, "ValidationError", "delivery_date " + yesterday + " is before");
        MedGrid.error(() -> partnerOrders.update("SO-1999-00001", Map.of("docstatus", 1)))
                .assertIs(404, "DoesNotExistError", "not found");
    }
}

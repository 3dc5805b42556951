package it.microshed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static it.microshed.MedGrid.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The catalog as a typed client sees it, over items this class creates under its own tag. */
@MicroShedTest
public class CatalogClientIT {

    private static final String TAG = MedGrid.tag();
    private static final String COMPANY = "MS Co " + TAG;
    private static final String NORTH = "MS North " + TAG + " - M" + TAG;
    private static final String SOUTH = "MS South " + TAG + " - M" + TAG;
    private static final String PRICES = "MS Prices " + TAG;
    private static final String GAUZE = "MS-GAUZE-" + TAG;
    private static final String IODINE = "MS-IODINE-" + TAG;
    private static final String SALINE = "MS-SALINE-" + TAG;
    private static final String OF_THIS_RUN = "[[\"item_code\", \"like\", \"MS-%-" + TAG + "\"]]";

    /** Without {@code fields}, rows carry only {@code name}. */
    private static final String CODE = "[\"item_code\"]";

    private static Items items;
    private static Catalog catalog;

    @BeforeAll
    static void createCatalog() {
        MedGrid.Account admin = MedGrid.systemManager();
        Documents documents = admin.basic(Documents.class);
        documents.create("Company", Map.of("company_name", COMPANY, "abbr", "M" + TAG, "default_currency", "USD"));
        assertEquals(NORTH, documents.create("Warehouse", Map.of("warehouse_name", "MS North " + TAG, "company", COMPANY)).data().get("name"));
        documents.create("Warehouse", Map.of("warehouse_name", "MS South " + TAG, "company", COMPANY));
        documents.create("Price List", Map.of("price_list_name", PRICES, "currency", "USD"));

        Items adminItems = admin.basic(Items.class);
        adminItems.create(new Items.Item(GAUZE, "Sterile Gauze Pads " + TAG, "<b>4x4</b> cotton pads", "Box"));
        adminItems.create(new Items.Item(IODINE, "Povidone Iodine " + TAG, "Antiseptic solution", "Bottle"));
        adminItems.create(new Items.Item(SALINE, "Saline Flush " + TAG, "10 mL prefilled syringe", "Box"));
        documents.create("Item Price", Map.of("item_code", GAUZE, "price_list", PRICES, "price_list_rate", 12.5));
        documents.create("Item Price", Map.of("item_code", IODINE, "price_list", PRICES, "price_list_rate", 4));

        Catalog adminCatalog = admin.basic(Catalog.class);
        Catalog.Bin bin = adminCatalog.setStock(new Catalog.StockCount(GAUZE, NORTH, BigDecimal.valueOf(40))).message();
        assertAmount("40", bin.actualQty());
        adminCatalog.setStock(new Catalog.StockCount(GAUZE, SOUTH, BigDecimal.valueOf(5)));
        adminCatalog.setStock(new Catalog.StockCount(IODINE, NORTH, BigDecimal.valueOf(7)));
        adminCatalog.setStock(new Catalog.StockCount(SALINE, NORTH, BigDecimal.ZERO));

        // The catalog is for any signed-in caller: read it as a vendor, with Frappe's token scheme.
        MedGrid.Account vendor = MedGrid.newUser("Vendor");
        items = vendor.token(Items.class);
        catalog = vendor.token(Catalog.class);
    }

    private static List<String> codes(Items.ItemPage page) {
        return page.data().stream().map(Items.Item::itemCode).toList();
    }

    @Test
    void itemListingHonoursFieldsFiltersAndOrder() {
        List<Items.Item> rows = items.list("[\"item_code\", \"item_name\"]", OF_THIS_RUN, "item_code desc", null, null).data();
        assertEquals(List.of(SALINE, IODINE, GAUZE), rows.stream().map(Items.Item::itemCode).toList());
        assertEquals("Saline Flush " + TAG, rows.get(0).itemName());
        assertNull(rows.get(0).description(), "only the requested fields");
        assertNull(rows.get(0).stockUom(), "only the requested fields");

        Items.Item gauze = items.get(GAUZE).data();
        assertEquals("<b>4x4</b> cotton pads", gauze.description());
        assertEquals("Box", gauze.stockUom());
    }

    @Test
    void itemPagesTogetherAreTheWholeListing() {
        List<String> paged = new ArrayList<>();
        for (int start = 0; ; start += 2) {
            Items.ItemPage page = items.list(CODE, OF_THIS_RUN, "item_code asc", start, 2);
            paged.addAll(codes(page));
            if (page.data().size() < 2) {
                break;
            }
        }
        assertEquals(List.of(GAUZE, IODINE, SALINE), paged);
        assertEquals(List.of(IODINE), codes(items.list(CODE, OF_THIS_RUN, "item_code asc", 1, 1)));
        assertEquals(List.of(), codes(items.list(CODE, OF_THIS_RUN, "item_code asc", 3, 2)));
        assertEquals(List.of(GAUZE, IODINE, SALINE), codes(items.list(CODE, OF_THIS_RUN, "item_code asc", null, 0)), "0 = no limit");
        assertEquals(List.of(GAUZE), codes(items.list(CODE,
                "[[\"item_code\", \"like\", \"MS-%-" + TAG + "\"], [\"stock_uom\", \"=\", \"Box\"], [\"item_name\", \"like\", \"%Gauze%\"]]",
                null, null, null)), "filters combine with AND");
    }

    @Test
    void searchFindsItemsPerWarehouseWithRateAndAvailableQuantity() {
        List<Catalog.Row> rows = catalog.searchItems("gauze pads " + TAG.toLowerCase(), null, PRICES, null, null).message();
        assertEquals(List.of(NORTH, SOUTH), rows.stream().map(Catalog.Row::warehouse).toList());
        Catalog.Row north = rows.get(0);
        assertEquals(GAUZE, north.itemCode());
        assertEquals("Sterile Gauze Pads " + TAG, north.itemName());
        assertEquals("<b>4x4</b> cotton pads", north.description(), "descriptions are data: HTML comes back as stored");
        assertAmount("12.5", north.rate());
        assertAmount("40", north.availableQty());
        assertAmount("5", rows.get(1).availableQty());

        List<Catalog.Row> south = catalog.searchItems("GAUZE PADS " + TAG, SOUTH, null, null, null).message();
        assertEquals(List.of(SOUTH), south.stream().map(Catalog.Row::warehouse).toList());
        assertNull(catalog.searchItems("antiseptic", NORTH, null, null, null).message().stream()
                .filter(r -> r.itemCode().equals(IODINE)).findFirst().orElseThrow().rate(), "no price list, no rate");
    }

    @Test
    void searchPagesThroughTheMatches() {
        List<Catalog.Row> all = catalog.searchItems(TAG, null, PRICES, null, 0).message();
        List<String> keys = all.stream().map(r -> r.itemCode() + "@" + r.warehouse()).toList();
        List<String> paged = new ArrayList<>();
        for (int start = 0; start < keys.size() + 1; start++) {
            catalog.searchItems(TAG, null, PRICES, start, 1).message().forEach(r -> paged.add(r.itemCode() + "@" + r.warehouse()));
        }
        assertEquals(keys, paged);
        assertEquals(List.of(), catalog.searchItems(TAG, null, PRICES, keys.size(), 5).message());
    }

    @Test
    void itemsInWarehouseListsStockedItemsInItemCodeOrder() {
        List<Catalog.Row> rows = catalog.itemsInWarehouse(NORTH, PRICES).message();
        assertEquals(List.of(GAUZE, IODINE), rows.stream().map(Catalog.Row::itemCode).toList(), "no stock, no row");
        assertAmount("4", rows.get(1).rate());
        assertAmount("7", rows.get(1).availableQty());
        assertEquals("Bottle", rows.get(1).stockUom());
    }

    @Test
    void badCatalogArgumentsGetFrappeErrors() {
        MedGrid.error(() -> catalog.searchItems(null, null, null, null, null)).assertIs(417, "ValidationError", "query is required");
        MedGrid.error(() -> catalog.itemsInWarehouse("Nowhere " + TAG, null)).assertIs(404, "DoesNotExistError", "Warehouse Nowhere " + TAG);
        MedGrid.error(() -> catalog.itemsInWarehouse(NORTH, "No List " + TAG)).assertIs(404, "DoesNotExistError", "Price List");
        MedGrid.error(() -> catalog.setStock(new Catalog.StockCount(GAUZE, NORTH, BigDecimal.ONE)))
                .assertIs(403, "PermissionError", "Medgrid Marketplace Admin");
    }
}

package com.medgrid.sandbox.pharmaone;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PharmaOneOrderPayloadTest {

    private static final String PRODUCT = PharmaOneCatalog.PRODUCTS.get(0).id();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static JsonObject order(String items) {
        return json("{'external_id': 'SO-2026-00042-pharmaone', 'shop_id': 'shop_skydell_rx',"
                + " 'patient': {'first_name': 'Ada', 'last_name': 'Lovelace'},"
                + " 'shipping_address': {'name': 'Ada Lovelace', 'address1': '1 Main St', 'city': 'Austin', 'state': 'TX', 'zip': '78701', 'country': 'US'},"
                + " 'items': " + items + "}");
    }

    @Test
    void aCompleteOrderOfCatalogProductsHasNoProblems() {
        assertEquals(Map.of(), PharmaOneOrderPayload.problems(order("[{'product_id': '" + PRODUCT + "', 'quantity': 2}]")));
    }

    @Test
    void everyBadItemIsNamedByItsPosition() {
        Map<String, String> problems = PharmaOneOrderPayload.problems(order("[{'product_id': 'p1prod_nope', 'quantity': 1},"
                + " {'product_id': '" + PRODUCT + "', 'quantity': 0}, {'quantity': 1.5}, 'not an item']"));
        assertEquals(Map.of("items[0].product_id", "unknown product", "items[1].quantity", "must be a whole number of at least 1",
                "items[2].product_id", "is required", "items[2].quantity", "must be a whole number of at least 1",
                "items[3].product_id", "is required", "items[3].quantity", "must be a whole number of at least 1"), problems);
    }

    @Test
    void anOrderNeedsAnExternalIdItemsAndAnAddressToShipTo() {
        JsonObject order = json("{'external_id': ' ', 'items': [], 'shipping_address': {'address1': '1 Main St', 'city': ''}}");
        assertEquals(Map.of("external_id", "is required", "items", "at least one item is required", "shipping_address.city", "is required",
                "shipping_address.zip", "is required", "shipping_address.country", "is required"), PharmaOneOrderPayload.problems(order));
        assertEquals(6, PharmaOneOrderPayload.problems(json("{}")).size());
        assertEquals(PharmaOneOrderPayload.problems(json("{}")), PharmaOneOrderPayload.problems(null));
    }

    @Test
    void theShopIsThePayloadsIfItNamesOne() {
        assertEquals("shop_skydell_rx", PharmaOneOrderPayload.shopId(order("[]")));
        assertNull(PharmaOneOrderPayload.shopId(json("{'shop_id': ''}")));
        assertNull(PharmaOneOrderPayload.shopId(null));
    }

    @Test
    void aLineOfAPrescriptionProductNeedsAPrescriptionOfTheOrgForThatProduct() {
        String rx = "p1prod_semap1-5mg";
        Map<String, JsonObject> prescriptions = Map.of("p1rx_1", json("{'id': 'p1rx_1', 'product_id': '" + rx + "'}"),
                "p1rx_2", json("{'id': 'p1rx_2', 'product_id': 'p1prod_semap1-10mg'}"));
        java.util.function.Function<String, java.util.Optional<JsonObject>> org = id -> java.util.Optional.ofNullable(prescriptions.get(id));
        assertEquals(Map.of(), PharmaOneOrderPayload.problems(order("[{'product_id': '" + rx + "', 'quantity': 1, 'prescription_id': 'p1rx_1'},"
                + " {'product_id': '" + PRODUCT + "', 'quantity': 1}]"), org));
        assertEquals(Map.of("items[0].prescription_id", PharmaOneOrderPayload.PRESCRIPTION_REQUIRED,
                        "items[1].prescription_id", PharmaOneOrderPayload.UNKNOWN_PRESCRIPTION,
                        "items[2].prescription_id", PharmaOneOrderPayload.OTHER_PRODUCT),
                PharmaOneOrderPayload.problems(order("[{'product_id': '" + rx + "', 'quantity': 1},"
                        + " {'product_id': '" + rx + "', 'quantity': 1, 'prescription_id': 'p1rx_404'},"
                        + " {'product_id': '" + rx + "', 'quantity': 1, 'prescription_id': 'p1rx_2'}]"), org));
        // an org without prescriptions (or the one-argument check) knows none
        assertEquals(Map.of("items[0].prescription_id", PharmaOneOrderPayload.UNKNOWN_PRESCRIPTION),
                PharmaOneOrderPayload.problems(order("[{'product_id': '" + rx + "', 'quantity': 1, 'prescription_id': 'p1rx_1'}]")));
    }
}

package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.selling.OrderShipping;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PharmaOnePrescriptionTest {

    private static final OrderShipping.ShipTo SHIP_TO = new OrderShipping.ShipTo("Jane Smith", "1 Bay St", null, "San Diego", "CA", "92101",
            "United States");

    private static OrderShipping.OrderFacts order(String npi) {
        return new OrderShipping.OrderFacts("SO-2026-00042", "C1", "Bayside Clinic", "jane@example.com", LocalDate.of(2026, 12, 6), SHIP_TO, npi);
    }

    private static JsonObject json(String text) {
        return ApiJson.JSON.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void theExternalIdIsTheDispatchAndTheSalesOrderLine() {
        assertEquals("SO-2026-00042-pharmaone-a1b2c3", PharmaOnePrescription.externalId("SO-2026-00042-pharmaone", "a1b2c3"));
    }

    @Test
    void theBodyCarriesPatientPrescriberProductQuantityAndTheShopWhenThereIsOne() {
        JsonObject body = PharmaOnePrescription.body("SO-2026-00042-pharmaone-a1", "shop_1", order("1234567893"), "1234567893",
                "p1prod_semap1-5mg", 2);
        assertEquals("{\"external_id\":\"SO-2026-00042-pharmaone-a1\",\"shop_id\":\"shop_1\","
                + "\"patient\":{\"first_name\":\"Jane\",\"last_name\":\"Smith\",\"email\":\"jane@example.com\"},"
                + "\"prescriber\":{\"npi\":\"1234567893\"},\"product_id\":\"p1prod_semap1-5mg\",\"quantity\":2,"
                + "\"notes\":\"MedGrid Sales Order SO-2026-00042\"}", body.toString());
        assertFalse(PharmaOnePrescription.body("X", null, order("1234567893"), "1234567893", "p", 1).containsKey("shop_id"));
        assertFalse(PharmaOnePrescription.body("X", " ", order("1234567893"), "1234567893", "p", 1).containsKey("shop_id"));
    }

    @Test
    void anOrderWithoutAValidPrescriberIsRefusedNamingWhy() {
        assertEquals("1234567893", PharmaOnePrescription.prescriber(order("1234567893"), List.of("RX-1")));
        VendorException none = assertThrows(VendorException.Rejected.class, () -> PharmaOnePrescription.prescriber(order(null), List.of("RX-1")));
        assertTrue(none.getMessage().contains("no prescriber_npi") && none.getMessage().contains("RX-1"), none.getMessage());
        VendorException invalid = assertThrows(VendorException.Rejected.class,
                () -> PharmaOnePrescription.prescriber(order("1234567890"), List.of("RX-1")));
        assertTrue(invalid.getMessage().contains("fails the NPI check digit"), invalid.getMessage());
        assertThrows(VendorException.Rejected.class, () -> PharmaOnePrescription.prescriber(order(" "), List.of("RX-1")));
    }

    @Test
    void aLookUpReusesOnlyAPrescriptionWithExactlyThatExternalId() {
        JsonObject page = json("{'data': [{'id': 'p1rx_1', 'external_id': 'D-line-10'}, {'id': 'p1rx_2', 'external_id': 'D-line-1'}], 'total': 2}");
        assertEquals(Optional.of("p1rx_2"), PharmaOnePrescription.found(page, "D-line-1").map(p -> p.getString("id")));
        assertTrue(PharmaOnePrescription.found(page, "D-line-2").isEmpty());
        assertTrue(PharmaOnePrescription.found(json("{'data': []}"), "D-line-1").isEmpty());
        assertTrue(PharmaOnePrescription.found(json("{'error': 'x'}"), "D-line-1").isEmpty());
    }

    @Test
    void anAnswerWithoutAnIdIsNoPrescription() {
        assertEquals("p1rx_9", PharmaOnePrescription.requiredId(json("{'id': 'p1rx_9'}")));
        assertThrows(VendorException.Unavailable.class, () -> PharmaOnePrescription.requiredId(json("{'status': 'active'}")));
    }

    @Test
    void theOrderLineOfAPrescriptionItemNamesItsPrescription() {
        JsonObject body = PharmaOneOrderPayload.body("SO-2026-00042-pharmaone", "shop_1", order("1234567893"),
                List.of(new PharmaOneOrderPayload.Line("p1prod_semap1-5mg", 1, "p1rx_9"), new PharmaOneOrderPayload.Line("p1prod_b12loz-5mg", 2)));
        assertEquals("[{\"product_id\":\"p1prod_semap1-5mg\",\"quantity\":1,\"prescription_id\":\"p1rx_9\"},"
                + "{\"product_id\":\"p1prod_b12loz-5mg\",\"quantity\":2}]", body.getJsonArray("items").toString());
    }
}

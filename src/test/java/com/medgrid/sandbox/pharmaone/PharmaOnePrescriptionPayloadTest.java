package com.medgrid.sandbox.pharmaone;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PharmaOnePrescriptionPayloadTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static JsonObject prescription(String npi, String productId, String quantity) {
        return json("{'external_id': 'SO-2026-00042-pharmaone-SOI-1', 'shop_id': 'shop_skydell_rx',"
                + " 'patient': {'first_name': 'Ada', 'last_name': 'Lovelace', 'email': 'ada@example.com'},"
                + " 'prescriber': {'npi': '" + npi + "'}, 'product_id': '" + productId + "', 'quantity': " + quantity + "}");
    }

    @Test
    void aPrescriptionOfAPrescriptionProductByAValidNpiHasNoProblems() {
        assertEquals(Map.of(), PharmaOnePrescriptionPayload.problems(prescription("1234567893", "p1prod_semap1-5mg", "2")));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        assertEquals(Map.of("prescriber.npi", PharmaOnePrescriptionPayload.INVALID_NPI, "product_id", PharmaOnePrescriptionPayload.NOT_PRESCRIPTION,
                "quantity", PharmaOneOrderPayload.BAD_QUANTITY), PharmaOnePrescriptionPayload.problems(prescription("1234567890", "p1prod_b12loz-5mg", "1.5")));
        assertEquals(Map.of("prescriber.npi", PharmaOnePrescriptionPayload.INVALID_NPI, "product_id", PharmaOneOrderPayload.UNKNOWN_PRODUCT,
                "quantity", PharmaOneOrderPayload.BAD_QUANTITY), PharmaOnePrescriptionPayload.problems(prescription("123456789", "p1prod_nope", "0")));
        assertEquals(Map.of("external_id", "is required", "patient.first_name", "is required", "patient.last_name", "is required",
                "prescriber.npi", "is required", "product_id", "is required", "quantity", PharmaOneOrderPayload.BAD_QUANTITY),
                PharmaOnePrescriptionPayload.problems(null));
    }
}

package com.medgrid.sandbox.pharmaone;

import com.medgrid.sandbox.DemoData;
import com.medgrid.sandbox.SandboxVendor.DemoProduct;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PharmaOneCatalogTest {

    @Test
    void theCatalogIsTheDemoItemsInOrderEachMappedToItsProductById() {
        List<String> itemCodes = new ArrayList<>();
        for (DemoProduct product : PharmaOneCatalog.DEMO_PRODUCTS) {
            DemoData.STRENGTHS.forEach(strength -> itemCodes.add(DemoData.itemCode(product.code(), strength)));
        }
        assertEquals(itemCodes, PharmaOneCatalog.PRODUCTS.stream().map(PharmaOneCatalog.Product::sku).toList());
        for (PharmaOneCatalog.Product product : PharmaOneCatalog.PRODUCTS) {
            DemoProduct demo = PharmaOneCatalog.DEMO_PRODUCTS.stream().filter(p -> product.sku().startsWith(p.code() + "-")).findFirst().orElseThrow();
            assertEquals(Map.of("pharmaone_product_id", product.id()), demo.mappingFields().apply(product.sku(), 7));
            assertEquals(product, PharmaOneCatalog.byId(product.id()).orElseThrow());
            assertTrue(product.available() >= 0);
        }
        assertEquals(PharmaOneCatalog.PRODUCTS.size(), new HashSet<>(PharmaOneCatalog.PRODUCTS.stream().map(PharmaOneCatalog.Product::id).toList()).size());
        assertTrue(PharmaOneCatalog.byId("p1prod_nope").isEmpty());
    }

    @Test
    void oneDemoProductRequiresAPrescriptionAndComesLast() {
        // the demo data tops up an existing database only when a simulator's first demo product is missing
        List<DemoProduct> demo = PharmaOneCatalog.DEMO_PRODUCTS;
        assertEquals(List.of("B12LOZ", "ZNPIC", "SEMAP1"), demo.stream().map(DemoProduct::code).toList());
        assertEquals(List.of(false, false, true), demo.stream().map(DemoProduct::prescription).toList());
        PharmaOneCatalog.Product semaglutide = PharmaOneCatalog.byId("p1prod_semap1-5mg").orElseThrow();
        assertTrue(semaglutide.prescription());
        assertEquals("Semaglutide (PharmaOne compounded) 5mg", semaglutide.name());
        assertFalse(PharmaOneCatalog.byId("p1prod_b12loz-5mg").orElseThrow().prescription());
        assertEquals(DemoData.STRENGTHS.size(), PharmaOneCatalog.PRODUCTS.stream().filter(PharmaOneCatalog.Product::prescription).count());
    }

    @Test
    void productIdsFollowFromTheItemCodeAlone() {
        // the demo database keeps these: they must not change from one start (or one simulator more) to the next
        assertEquals("p1prod_b12loz-5mg", PharmaOneCatalog.productId("B12LOZ-5MG"));
        assertEquals("p1prod_znpic-trialsize", PharmaOneCatalog.productId(DemoData.itemCode("ZNPIC", "Trial Size")));
        assertEquals("Methylcobalamin B12 Lozenges 5mg", PharmaOneCatalog.byId("p1prod_b12loz-5mg").orElseThrow().name());
    }
}

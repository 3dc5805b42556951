package com.medgrid.platform.api;

import jakarta.persistence.Column;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocTypeSchemaTest {

    /** A submittable DocType with a field of every supported type, the standard fields and a hidden one. */
    static class Order {
        String name;
        String owner;
        Instant creation;
        Instant modified;
        @Column(name = "modified_by")
        String modifiedBy;
        int docstatus;
        @Column(name = "customer_name")
        String customerName;
        Integer totalQty;
        Long sequence;
        BigDecimal grandTotal;
        Boolean paid;
        LocalDate deliveryDate;
        Instant paidAt;
        @ApiHidden
        String secretHash;
    }

    static class Note {
        String name;
        String text;
    }

    @Test
    void fieldsCarryFrappeFieldtypesAndLabelsWithoutTheStandardFields() {
        Map<String, Object> meta = DocTypeSchema.of(DocTypeMeta.of("Order", Order.class)).withChildTable("items", "Order Item").asFrappeMeta();
        assertEquals("Order", meta.get("name"));
        assertEquals(1, meta.get("is_submittable"));
        assertEquals(0, meta.get("istable"));
        assertEquals(List.of(
                Map.of("fieldname", "customer_name", "fieldtype", "Data", "label", "Customer Name"),
                Map.of("fieldname", "total_qty", "fieldtype", "Int", "label", "Total Qty"),
                Map.of("fieldname", "sequence", "fieldtype", "Int", "label", "Sequence"),
                Map.of("fieldname", "grand_total", "fieldtype", "Float", "label", "Grand Total"),
                Map.of("fieldname", "paid", "fieldtype", "Check", "label", "Paid"),
                Map.of("fieldname", "delivery_date", "fieldtype", "Date", "label", "Delivery Date"),
                Map.of("fieldname", "paid_at", "fieldtype", "Datetime", "label", "Paid At"),
                Map.of("fieldname", "items", "fieldtype", "Table", "label", "Items", "options", "Order Item")),
                meta.get("fields"));
    }

    @Test
    void onlyDocTypesWithDocstatusAreSubmittable() {
        Map<String, Object> meta = DocTypeSchema.of(DocTypeMeta.of("Note", Note.class)).asFrappeMeta();
        assertEquals(0, meta.get("is_submittable"));
        assertEquals(List.of(Map.of("fieldname", "text", "fieldtype", "Data", "label", "Text")), meta.get("fields"));
    }

    @Test
    void labelsAreTitleCasedWords() {
        assertEquals("Grand Total", DocTypeSchema.label("grand_total"));
        assertEquals("Npi", DocTypeSchema.label("npi"));
        assertEquals("Address Line1", DocTypeSchema.label("address_line1"));
    }
}

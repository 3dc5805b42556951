package com.medgrid.platform.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a DocType tells clients about itself in Frappe's meta shape ({@code /api/v2/doctype/<DocType>/meta}):
 * its {@link DocTypeMeta} fields with Frappe fieldtypes, and its child tables, which the handler adds
 * to its documents itself and so declares here.
 *
 * @param childTables child table field → the child DocType's name, in document order
 */
public record DocTypeSchema(DocTypeMeta meta, Map<String, String> childTables) {

    /**
     * Frappe's standard fields: every document has them and Frappe's meta does not list them
     * among {@code fields}.
     */
    private static final Set<String> STANDARD_FIELDS = Set.of("name", "owner", "creation", "modified", "modified_by", "docstatus", "idx");

    public DocTypeSchema {
        childTables = Collections.unmodifiableMap(new LinkedHashMap<>(childTables));
    }

    public static DocTypeSchema of(DocTypeMeta meta) {
        return new DocTypeSchema(meta, Map.of());
    }

    /** This schema with a child table {@code fieldname} of {@code childDoctype} rows. */
    public DocTypeSchema withChildTable(String fieldname, String childDoctype) {
        Map<String, String> tables = new LinkedHashMap<>(childTables);
        tables.put(fieldname, childDoctype);
        return new DocTypeSchema(meta, tables);
    }

    /** The DocType's meta as Frappe's {@code frappe.get_meta(doctype)} serialises the parts MedGrid knows. */
    public Map<String, Object> asFrappeMeta() {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (DocTypeMeta.FieldMeta field : meta.fields().values()) {
            if (!STANDARD_FIELDS.contains(field.fieldname())) {
                fields.add(field(field.fieldname(), fieldtype(field.type()), null));
            }
        }
        childTables.forEach((fieldname, childDoctype) -> fields.add(field(fieldname, "Table", childDoctype)));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("doctype", "DocType");
        doc.put("name", meta.doctype());
        doc.put("istable", 0);
        doc.put("is_submittable", meta.hasField("docstatus") ? 1 : 0);
        doc.put("fields", fields);
        return doc;
    }

    private static Map<String, Object> field(String fieldname, String fieldtype, String options) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("fieldname", fieldname);
        field.put("fieldtype", fieldtype);
        field.put("label", label(fieldname));
        if (options != null) {
            field.put("options", options);
        }
        return field;
    }

    /**
     * The Frappe fieldtype of a field of this Java type. Money and quantities are both {@code BigDecimal}
     * (the same column type), so both are Float: calling some Currency would be a guess.
     */
    static String fieldtype(Class<?> type) {
        if (type == Integer.class || type == Long.class) {
            return "Int";
        }
        if (type == BigDecimal.class) {
            return "Float";
        }
        if (type == Boolean.class) {
            return "Check";
        }
        if (type == LocalDate.class) {
            return "Date";
        }
        if (type == Instant.class) {
            return "Datetime";
        }
        return "Data";
    }

    /** Frappe's label for a field without one of its own: {@code grand_total} → {@code Grand Total}. */
    static String label(String fieldname) {
        StringBuilder label = new StringBuilder();
        for (String word : fieldname.split("_")) {
            if (!word.isEmpty()) {
                label.append(label.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return label.toString();
    }
}

package com.medgrid.platform.api;

import java.util.List;

/**
 * A validated {@code GET /api/resource/<DocType>} request: which fields, which rows, in which order,
 * which page. Built by {@link ListQueryParser}, run by {@link ListQueryEngine}.
 */
public record ListQuery(List<DocTypeMeta.FieldMeta> fields,
                        List<Condition> filters,
                        List<Condition> orFilters,
                        List<Order> orderBy,
                        int start,
                        int pageLength,
                        boolean asDict) {

    /** Frappe's filter operators. */
    public enum Operator {
        EQ("="), NE("!="), GT(">"), LT("<"), GE(">="), LE("<="),
        LIKE("like"), NOT_LIKE("not like"), IN("in"), NOT_IN("not in"), IS("is"), BETWEEN("between");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Operator parse(String text) {
            String normalized = text.trim().toLowerCase().replaceAll("\\s+", " ");
            if (normalized.equals("==")) {
                return EQ;
            }
            if (normalized.equals("<>")) {
                return NE;
            }
            for (Operator op : values()) {
                if (op.symbol.equals(normalized)) {
                    return op;
                }
            }
            throw ApiException.validation("Unsupported filter operator '" + text + "'. Use one of =, !=, >, <, >=, <=, "
                    + "like, not like, in, not in, is, between.");
        }
    }

    /**
     * One condition with its operand already converted to the field's type: a single value,
     * a list for {@code in}/{@code not in}/{@code between}, or a Boolean "is set" for {@code is}.
     */
    public record Condition(DocTypeMeta.FieldMeta field, Operator operator, Object operand) {
    }

    /** One {@code order_by} term. */
    public record Order(DocTypeMeta.FieldMeta field, boolean descending) {
    }
}

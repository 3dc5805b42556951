package com.medgrid.platform.api;

import com.medgrid.platform.api.ListQuery.Condition;
import com.medgrid.platform.api.ListQuery.Operator;
import com.medgrid.platform.api.ListQuery.Order;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Frappe's list parameters ({@code fields}, {@code filters}, {@code or_filters},
 * {@code order_by}, {@code limit_start}, {@code limit_page_length}, {@code as_dict}) against a
 * DocType's fields. Anything it does not recognise is a 417 naming the problem: nothing from the
 * request ever reaches SQL except as a bound parameter.
 */
public final class ListQueryParser {

    /** {@code field}, {@code `field`} or {@code `tabDocType`.`field`}, then an optional direction. */
    private static final Pattern ORDER_TERM = Pattern.compile(
            "^(?:`?tab([^`.]+)`?\\.)?`?([A-Za-z_][A-Za-z0-9_]*)`?(?:\\s+(asc|desc))?$", Pattern.CASE_INSENSITIVE);

    private ListQueryParser() {
    }

    public static ListQuery parse(DocTypeMeta meta, ApiArgs args) {
        Page page = Page.of(args);
        return new ListQuery(
                fields(meta, args),
                conditions(meta, args, "filters"),
                conditions(meta, args, "or_filters"),
                orderBy(meta, args.string("order_by").orElse(null)),
                page.start(),
                page.length(),
                args.bool("as_dict").orElse(true));
    }

    private static List<DocTypeMeta.FieldMeta> fields(DocTypeMeta meta, ApiArgs args) {
        JsonValue value = args.json("fields").orElse(null);
        List<String> names;
        if (value == null) {
            names = List.of("name");
        } else if (value instanceof JsonArray array) {
            names = array.stream().map(v -> text(v, "fields")).toList();
        } else if (value instanceof JsonString single) {
            names = Arrays.stream(single.getString().split(",")).map(String::trim).toList();
        } else {
            throw ApiException.validation("fields must be a JSON array of field names.");
        }
        if (names.contains("*")) {
            return List.copyOf(meta.fields().values());
        }
        if (names.isEmpty()) {
            throw ApiException.validation("fields must name at least one field.");
        }
        return names.stream().distinct().map(meta::field).toList();
    }

    private static List<Condition> conditions(DocTypeMeta meta, ApiArgs args, String param) {
        JsonValue value = args.json(param).orElse(null);
        if (value == null) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        if (value instanceof JsonObject dict) {
            for (Map.Entry<String, JsonValue> entry : dict.entrySet()) {
                DocTypeMeta.FieldMeta field = meta.field(entry.getKey());
                if (entry.getValue() instanceof JsonArray opAndValue && opAndValue.size() == 2) {
                    conditions.add(condition(field, text(opAndValue.get(0), param), opAndValue.get(1)));
                } else {
                    conditions.add(condition(field, "=", entry.getValue()));
                }
            }
        } else if (value instanceof JsonArray list) {
            for (JsonValue item : list) {
                conditions.add(listCondition(meta, item, param));
            }
        } else {
            throw ApiException.validation(param + " must be a JSON list of [field, operator, value] or a JSON object.");
        }
        return conditions;
    }

    private static Condition listCondition(DocTypeMeta meta, JsonValue item, String param) {
        if (!(item instanceof JsonArray parts)) {
            throw ApiException.validation(param + " entries must be [field, operator, value] lists, got " + item + ".");
        }
        return switch (parts.size()) {
            case 3 -> condition(meta.field(text(parts.get(0), param)), text(parts.get(1), param), parts.get(2));
            case 4 -> {
                String doctype = text(parts.get(0), param);
                if (!doctype.equals(meta.doctype())) {
                    throw ApiException.validation("Filters on " + doctype + " are not supported when listing " + meta.doctype() + ".");
                }
                yield condition(meta.field(text(parts.get(1), param)), text(parts.get(2), param), parts.get(3));
            }
            default -> throw ApiException.validation(param + " entries must be [field, operator, value] or "
                    + "[doctype, field, operator, value], got " + item + ".");
        };
    }

    static Condition condition(DocTypeMeta.FieldMeta field, String operatorText, JsonValue operand) {
        Operator op = Operator.parse(operatorText);
        return new Condition(field, op, switch (op) {
            case IN, NOT_IN -> listOperand(field, op, operand);
            case BETWEEN -> {
                List<Object> bounds = listOperand(field, op, operand);
                if (bounds.size() != 2 || bounds.contains(null)) {
                    throw ApiException.validation("between on " + field.fieldname() + " needs exactly two values [from, to].");
                }
                yield bounds;
            }
            case IS -> isSet(field, operand);
            case LIKE, NOT_LIKE -> {
                if (!field.isText()) {
                    throw ApiException.validation(op.symbol() + " works on text fields only; " + field.fieldname() + " is not text.");
                }
                yield text(operand, field.fieldname());
            }
            default -> {
                Object value = FieldValues.fromJson(field, operand);
                if (value == null) {
                    throw ApiException.validation("Comparing " + field.fieldname() + " with null: use [\"" + field.fieldname()
                            + "\", \"is\", \"not set\"] instead.");
                }
                yield value;
            }
        });
    }

    private static List<Object> listOperand(DocTypeMeta.FieldMeta field, Operator op, JsonValue operand) {
        List<JsonValue> items;
        if (operand instanceof JsonArray array) {
            items = array;
        } else if (operand instanceof JsonString s) {
            items = Arrays.stream(s.getString().split(",")).map(String::trim).filter(t -> !t.isEmpty())
                    .map(t -> (JsonValue) ApiJson.JSON.createValue(t)).toList();
        } else {
            throw ApiException.validation(op.symbol() + " on " + field.fieldname() + " needs a list of values.");
        }
        List<Object> values = new ArrayList<>();
        for (JsonValue item : items) {
            values.add(FieldValues.fromJson(field, item));
        }
        return values;
    }

    private static Boolean isSet(DocTypeMeta.FieldMeta field, JsonValue operand) {
        String text = operand instanceof JsonString s ? s.getString().trim().toLowerCase() : "";
        return switch (text) {
            case "set" -> true;
            case "not set" -> false;
            default -> throw ApiException.validation("is on " + field.fieldname() + " takes \"set\" or \"not set\".");
        };
    }

    static List<Order> orderBy(DocTypeMeta meta, String orderBy) {
        if (orderBy == null || orderBy.isBlank()) {
            return defaultOrder(meta);
        }
        List<Order> orders = new ArrayList<>();
        for (String term : orderBy.split(",")) {
            Matcher m = ORDER_TERM.matcher(term.trim());
            if (!m.matches() || (m.group(1) != null && !m.group(1).equals(meta.doctype()))) {
                throw ApiException.validation("Invalid order_by '" + term.trim() + "': use \"field asc\" or \"field desc\" "
                        + "with fields of " + meta.doctype() + ".");
            }
            if (!meta.hasField(m.group(2))) {
                throw ApiException.validation("Invalid order_by: " + m.group(2) + " is not a field of " + meta.doctype() + ".");
            }
            orders.add(new Order(meta.field(m.group(2)), "desc".equalsIgnoreCase(m.group(3))));
        }
        return orders;
    }

    private static List<Order> defaultOrder(DocTypeMeta meta) {
        return meta.hasField("modified") ? List.of(new Order(meta.field("modified"), true)) : List.of();
    }

    private static String text(JsonValue value, String param) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ApiException.validation(param + ": expected a string, got " + value + ".");
    }
}

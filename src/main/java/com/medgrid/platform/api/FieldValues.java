package com.medgrid.platform.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Converts between wire values and the Java types of {@link DocTypeMeta} fields. */
public final class FieldValues {

    private FieldValues() {
    }

    /** A JSON value (a filter operand, say) as the Java type of {@code field}; 417 if it does not fit. */
    public static Object fromJson(DocTypeMeta.FieldMeta field, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> type = field.type();
        if (type != Boolean.class && !(value instanceof JsonString) && !(value instanceof JsonNumber)) {
            throw ApiException.validation("Invalid value for " + field.fieldname() + ": expected " + describe(type)
                    + ", got " + ApiArgs.describe(value) + ".");
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        try {
            if (type == String.class) {
                return text;
            }
            if (type == Boolean.class) {
                return ApiArgs.toBoolean(field.fieldname(), value);
            }
            if (type == Integer.class) {
                return value instanceof JsonNumber n ? n.intValueExact() : Integer.valueOf(text.trim());
            }
            if (type == Long.class) {
                return value instanceof JsonNumber n ? n.longValueExact() : Long.valueOf(text.trim());
            }
            if (type == BigDecimal.class) {
                return value instanceof JsonNumber n ? n.bigDecimalValue() : new BigDecimal(text.trim());
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text.trim()); // strictly YYYY-MM-DD: nothing after the date is ignored
            }
            if (type == Instant.class) {
                return ApiJson.parseDatetime(text);
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw ApiException.validation("Invalid value for " + field.fieldname() + ": " + value + " is not a "
                    + describe(type) + ".");
        }
        throw new IllegalStateException("Unsupported field type " + type);
    }

    /**
     * A Java value as Frappe sends it: checks as 0/1, datetimes as UTC text, dates as ISO text,
     * numbers without the column's trailing zeros (89, not 89.000000).
     */
    public static Object toWire(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof BigDecimal number) {
            return plain(number);
        }
        if (value instanceof Instant instant) {
            return ApiJson.format(instant);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }

    /** Without trailing zeros and never in exponent form (100, not 1E+2). */
    public static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == Long.class) {
            return "whole number";
        }
        if (type == BigDecimal.class) {
            return "number";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == Instant.class) {
            return "datetime (YYYY-MM-DD HH:MM:SS)";
        }
        return type == String.class ? "text" : type.getSimpleName();
    }
}

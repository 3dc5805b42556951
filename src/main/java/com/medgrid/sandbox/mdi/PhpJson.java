package com.medgrid.sandbox.mdi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;

/**
 * JSON as PHP's {@code json_encode} writes it with no flags, which is what MDI signs and sends: no
 * spaces, {@code /} escaped as {@code \/}, and every character outside ASCII as a {@code \}{@code uXXXX}
 * escape (lowercase hex; two, a surrogate pair, for one beyond the BMP). A receiver that checks the
 * signature over the bytes it got must see exactly these, so the simulator never lets a JSON library
 * choose the spelling.
 */
final class PhpJson {

    private PhpJson() {
    }

    static String encode(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> field : ((JsonObject) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(field.getKey(), out);
                    out.append(':');
                    write(field.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(array.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            case NUMBER -> number((JsonNumber) value, out);
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    /** Integers as digits; a fraction as written (PHP keeps {@code 1.0} a float, {@code 1.0}). */
    private static void number(JsonNumber number, StringBuilder out) {
        out.append(number.isIntegral() ? number.bigIntegerValue().toString() : number.bigDecimalValue().toPlainString());
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x80) {
                        // a Java char is a UTF-16 unit: an astral character comes out as its surrogate pair, as PHP writes it
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

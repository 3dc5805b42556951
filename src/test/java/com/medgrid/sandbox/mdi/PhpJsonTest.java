package com.medgrid.sandbox.mdi;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The expected strings are what PHP 8's {@code json_encode} prints for the same values. */
class PhpJsonTest {

    private static String encode(String json) {
        return PhpJson.encode(Json.createReader(new StringReader(json)).readValue());
    }

    @Test
    void slashesAreEscapedAndThereAreNoSpaces() {
        assertEquals("{\"url\":\"https:\\/\\/example.com\\/a\",\"n\":1}", encode("{ \"url\" : \"https://example.com/a\", \"n\" : 1 }"));
    }

    @Test
    void nonAsciiIsEscapedInLowercaseHexAndAstralCharactersAsSurrogatePairs() {
        assertEquals("\"Ren\\u00e9e \\u00c9\"", encode("\"Renée É\""));
        assertEquals("\"\\ud83d\\udc8a pill\"", encode("\"\uD83D\uDC8A pill\""));
        assertEquals("\"\\u20ac\"", encode("\"€\""));
    }

    @Test
    void quotesBackslashesAndControlCharacters() {
        assertEquals("\"say \\\"hi\\\"\"", encode("\"say \\\"hi\\\"\""));
        assertEquals("\"App\\\\Models\\\\Offering\"", PhpJson.encode(Json.createValue("App\\Models\\Offering")));
        assertEquals("\"\\b\\f\\n\\r\\t\\u0000\\u001f\"", PhpJson.encode(Json.createValue("\b\f\n\r\t\u0000\u001f")));
        assertEquals("\"<a href='x'>&amp;\u007f<\\/a>\"", PhpJson.encode(Json.createValue("<a href='x'>&amp;\u007f</a>")),
                "HTML characters and DEL are left as they are without PHP's JSON_HEX_* flags");
    }

    @Test
    void nestedArraysAndObjectsKeepTheirOrder() {
        assertEquals("{\"b\":[1,[true,false,null],{\"z\":{},\"a\":[]}],\"a\":\"x\"}",
                encode("{\"b\": [1, [true, false, null], {\"z\": {}, \"a\": []}], \"a\": \"x\"}"));
        assertEquals("[]", PhpJson.encode(JsonValue.EMPTY_JSON_ARRAY));
    }

    @Test
    void numbers() {
        assertEquals("[0,-7,1666384936,12345678901234567890,1.5,-0.25,1.0]", encode("[0, -7, 1666384936, 12345678901234567890, 1.5, -0.25, 1.0]"));
        assertEquals("2.75", PhpJson.encode(Json.createValue(new BigDecimal("2.75"))));
    }
}

package com.medgrid.sandbox.pharmaone;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PharmaOnePageTest {

    private static final List<Integer> ALL = IntStream.rangeClosed(1, 7).boxed().toList();

    private static JsonObject page(String page, String limit) {
        return PharmaOnePage.of(page, limit).body(ALL, n -> Json.createValue(n));
    }

    @Test
    void pagesCountFromOneAndCarryTheTotal() {
        assertEquals(Json.createReader(new java.io.StringReader("{\"data\":[4,5,6],\"page\":2,\"limit\":3,\"total\":7}")).readObject(),
                page("2", "3"));
        assertEquals(1, page("3", "3").getJsonArray("data").size());
        assertEquals(0, page("4", "3").getJsonArray("data").size());
        assertEquals(7, page(null, null).getJsonArray("data").size());
        assertEquals(PharmaOnePage.DEFAULT_LIMIT, page(null, "").getInt("limit"));
    }

    @Test
    void pagesFromOneAndAtMostAHundredAreAllowed() {
        assertEquals(Map.of(), PharmaOnePage.problems(null, "100"));
        assertEquals(Map.of("page", "must be a whole number of at least 1"), PharmaOnePage.problems("0", null));
        assertEquals(Map.of("page", "must be a whole number of at least 1", "limit", "must be a whole number from 1 to 100"),
                PharmaOnePage.problems("first", "101"));
        assertEquals(Map.of("limit", "must be a whole number from 1 to 100"), PharmaOnePage.problems("1", "0"));
    }
}

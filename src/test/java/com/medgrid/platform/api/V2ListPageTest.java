package com.medgrid.platform.api;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class V2ListPageTest {

    private static final int ROWS = 45;

    /** The arguments each list call got. */
    private final List<ApiArgs> calls = new ArrayList<>();

    /** A DocType of 45 rows, paged with v1's arguments as handlers page. */
    private final Function<ApiArgs, List<Object>> list = args -> {
        calls.add(args);
        Page page = Page.of(args);
        return IntStream.range(page.start(), Math.min(ROWS, page.start() + page.length())).<Object>mapToObj(i -> i).toList();
    };

    private V2ListPage page(Map<String, String> query) {
        Map<String, List<String>> parameters = new HashMap<>();
        query.forEach((key, value) -> parameters.put(key, List.of(value)));
        return V2ListPage.of(ApiArgs.ofParameters(parameters), list);
    }

    @Test
    void theFirstPageIsTwentyRowsWithMoreToCome() {
        V2ListPage first = page(Map.of());
        assertEquals(IntStream.range(0, 20).boxed().toList(), first.data());
        assertTrue(first.hasNextPage());
    }

    @Test
    void theLastPageSaysSoWhetherFullOrNot() {
        V2ListPage partial = page(Map.of("start", "40", "limit", "10"));
        assertEquals(List.of(40, 41, 42, 43, 44), partial.data());
        assertFalse(partial.hasNextPage());
        assertEquals(1, calls.size(), "a page that is not full needs no look past it");

        V2ListPage exact = page(Map.of("start", "25", "limit", "20"));
        assertEquals(20, exact.data().size());
        assertFalse(exact.hasNextPage());
    }

    @Test
    void v1PagingArgumentsAreNotTakenAndTheRestIsPassedOn() {
        V2ListPage page = page(Map.of("limit_start", "40", "limit_page_length", "2", "limit", "3", "fields", "[\"name\"]"));
        assertEquals(List.of(0, 1, 2), page.data());
        assertEquals(Json.createValue("[\"name\"]"), calls.get(0).asJson().get("fields"));
        assertEquals(List.of(0, 1, 2), page.body().get("data"));
        assertEquals(true, page.body().get("has_next_page"));
    }

    @Test
    void negativePagingIsRefusedByName() {
        ApiException refused = assertThrows(ApiException.class, () -> page(Map.of("start", "-1")));
        assertEquals("start must not be negative.", refused.getMessage());
    }
}

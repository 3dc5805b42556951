package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page of a PharmaOne list ({@code ?page=1&limit=50}, pages from 1, at most 100 a page), answered
 * as {@code {"data", "page", "limit", "total"}}: the connector pages through the catalog with it.
 */
record PharmaOnePage(int page, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    /** What is wrong with the query's {@code page} and {@code limit} (absent ones take their defaults). */
    static Map<String, String> problems(String page, String limit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (number(page, 1) < 1) {
            problems.put("page", "must be a whole number of at least 1");
        }
        int size = number(limit, DEFAULT_LIMIT);
        if (size < 1 || size > MAX_LIMIT) {
            problems.put("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return problems;
    }

    /** The page the query asks for; {@link #problems} must have found none. */
    static PharmaOnePage of(String page, String limit) {
        return new PharmaOnePage(number(page, 1), number(limit, DEFAULT_LIMIT));
    }

    /** This page of {@code all}, each shown by {@code view}, with the list's total. */
    <T> JsonObject body(List<T> all, Function<T, JsonValue> view) {
        JsonArrayBuilder data = ApiJson.JSON.createArrayBuilder();
        long from = (long) (page - 1) * limit;
        all.stream().skip(from).limit(limit).map(view).forEach(data::add);
        return ApiJson.JSON.createObjectBuilder().add("data", data).add("page", page).add("limit", limit).add("total", all.size()).build();
    }

    /** The parameter's number; {@code absent} when it is not given, 0 when it is no whole number. */
    private static int number(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

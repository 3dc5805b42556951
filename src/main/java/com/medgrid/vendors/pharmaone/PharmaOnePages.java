package com.medgrid.vendors.pharmaone;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Walks PharmaOne's page-numbered lists ({@code {data, page, limit, total}}) to their end: until a
 * page comes back short, or the pages so far reach {@code total}.
 */
final class PharmaOnePages {

    static final int LIMIT = 100;

    private PharmaOnePages() {
    }

    /** Hands each page's rows to {@code rows}, one page at a time (each page's writes after its call). */
    static void each(IntFunction<JsonObject> page, java.util.function.Consumer<List<JsonObject>> rows) {
        int seen = 0;
        for (int number = 1; ; number++) {
            JsonObject answer = page.apply(number);
            JsonArray data = answer.getJsonArray("data");
            List<JsonObject> found = data == null ? List.of() : data.getValuesAs(JsonObject.class);
            rows.accept(found);
            seen += found.size();
            long total = answer.get("total") instanceof JsonNumber n ? n.longValue() : Long.MAX_VALUE;
            if (found.size() < LIMIT || seen >= total) {
                return;
            }
        }
    }
}

package com.medgrid.platform.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a Frappe v2 list ({@code GET /api/v2/document/<DocType>}): {@code start} and
 * {@code limit} choose it, and {@code has_next_page} says whether rows follow it. Frappe fetches
 * limit + 1 rows to know; here a full page is followed by a one-row look past it instead, so that a
 * page of the 500-row maximum can tell as well.
 */
record V2ListPage(List<Object> data, boolean hasNextPage) {

    /** The paging arguments of both API versions: only v2's count here, and v1's are set from them. */
    private static final List<String> PAGING = List.of("start", "limit", "limit_start", "limit_page_length");

    /**
     * @param query the v2 list arguments (fields, filters, or_filters, order_by, as_dict, start, limit)
     * @param list  the DocType's list, which takes v1's paging arguments
     */
    static V2ListPage of(ApiArgs query, Function<ApiArgs, List<Object>> list) {
        Page page = Page.of(query, "start", "limit");
        JsonObjectBuilder rest = ApiJson.JSON.createObjectBuilder(query.asJson());
        PAGING.forEach(rest::remove);
        JsonObject unpaged = rest.build();
        List<Object> rows = list.apply(window(unpaged, page.start(), page.length()));
        boolean more = rows.size() == page.length() && !list.apply(window(unpaged, page.start() + page.length(), 1)).isEmpty();
        return new V2ListPage(rows, more);
    }

    private static ApiArgs window(JsonObject unpaged, int start, int length) {
        return ApiArgs.of(ApiJson.JSON.createObjectBuilder(unpaged).add("limit_start", start).add("limit_page_length", length).build());
    }

    /** {@code {"data": [...], "has_next_page": true|false}}. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("has_next_page", hasNextPage);
        return body;
    }
}

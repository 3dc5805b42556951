package com.medgrid.sync;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeHandler;
import com.medgrid.platform.api.DocTypeRegistry;
import com.medgrid.platform.api.Page;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads for GraphQL through the same DocType handlers as {@code /api/resource}: the same access check
 * (roles, scopes), the same row scope and the same redaction, so there is one permission rule, not a
 * second copy. Pages run by name (see {@link Cursor}); {@code updatedSince} keeps rows modified at or
 * after it.
 */
@RequestScoped
public class SyncPages {

    /** Largest page: the same as a REST list page. */
    static final int MAX_FIRST = Page.MAX_LENGTH;

    @Inject
    DocTypeRegistry registry;
    @Inject
    CurrentUser user;

    /** One page of rows, by name, and whether another follows. */
    record Rows(List<Map<String, Object>> rows, PageInfo pageInfo) {
    }

    Rows page(String doctype, Collection<String> fields, int first, String after, String updatedSince) {
        if (first < 1 || first > MAX_FIRST) {
            throw ApiException.validation("first must be between 1 and " + MAX_FIRST + ", got " + first + ".");
        }
        DocTypeHandler handler = registry.resolve(doctype, DocTypeRegistry.Op.LIST, user);
        JsonArrayBuilder filters = Json.createArrayBuilder();
        if (after != null) {
            filters.add(condition("name", ">", Cursor.name(after)));
        }
        if (updatedSince != null) {
            filters.add(condition("modified", ">=", updatedSince));
        }
        JsonArray conditions = filters.build();
        Set<String> selected = new LinkedHashSet<>(List.of("name"));
        selected.addAll(fields);
        List<Map<String, Object>> rows = list(handler, selected, conditions, 0, first);
        if (rows.isEmpty()) {
            return new Rows(rows, new PageInfo(false, null));
        }
        String last = (String) rows.get(rows.size() - 1).get("name");
        // A full page may be the last: one indexed look past it tells.
        boolean more = rows.size() == first && !list(handler, Set.of("name"),
                Json.createArrayBuilder(without(conditions, "name")).add(condition("name", ">", last)).build(), 0, 1).isEmpty();
        return new Rows(rows, new PageInfo(more, Cursor.after(last)));
    }

    /** Every row of {@code doctype} whose {@code field} is one of {@code values} (and meets {@code more}), page after page. */
    List<Map<String, Object>> whereIn(String doctype, Collection<String> fields, String field, Collection<String> values, JsonArray more) {
        if (values.isEmpty()) {
            return List.of();
        }
        DocTypeHandler handler = registry.resolve(doctype, DocTypeRegistry.Op.LIST, user);
        JsonArray conditions = Json.createArrayBuilder(more).add(Json.createArrayBuilder().add(field).add("in")
                .add(Json.createArrayBuilder(List.copyOf(values)))).build();
        List<Map<String, Object>> all = new ArrayList<>();
        List<Map<String, Object>> page;
        do {
            page = list(handler, fields, conditions, all.size(), MAX_FIRST);
            all.addAll(page);
        } while (page.size() == MAX_FIRST);
        return all;
    }

    static JsonArray condition(String field, String operator, String value) {
        return Json.createArrayBuilder().add(field).add(operator).add(value).build();
    }

    private static JsonArray without(JsonArray conditions, String field) {
        JsonArrayBuilder kept = Json.createArrayBuilder();
        conditions.stream().filter(c -> !field.equals(c.asJsonArray().getString(0))).forEach(kept::add);
        return kept.build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(DocTypeHandler handler, Collection<String> fields, JsonArray filters, int start, int length) {
        ApiArgs args = ApiArgs.of(Json.createObjectBuilder()
                .add("fields", Json.createArrayBuilder(List.copyOf(fields)))
                .add("filters", filters)
                .add("order_by", "name asc")
                .add("limit_start", start)
                .add("limit_page_length", length)
                .build());
        return handler.list(args).stream().map(row -> (Map<String, Object>) row).toList();
    }
}

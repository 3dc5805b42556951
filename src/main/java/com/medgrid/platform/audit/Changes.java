package com.medgrid.platform.audit;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.FieldValues;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one save, collected as they are decided and written as one {@link Version} in
 * Frappe's shape: header fields in {@code changed}, child-table rows in {@code row_changed}.
 */
public final class Changes {

    private record Change(String field, Object from, Object to) {
    }

    private record RowChange(String table, int idx, String row, Change change) {
    }

    private final List<Change> changed = new ArrayList<>();
    private final List<RowChange> rowChanged = new ArrayList<>();

    public void field(String field, Object from, Object to) {
        changed.add(new Change(field, from, to));
    }

    public void row(String table, int idx, String row, String field, Object from, Object to) {
        rowChanged.add(new RowChange(table, idx, row, new Change(field, from, to)));
    }

    public boolean isEmpty() {
        return changed.isEmpty() && rowChanged.isEmpty();
    }

    JsonObject toJson() {
        JsonArrayBuilder header = ApiJson.JSON.createArrayBuilder();
        changed.forEach(c -> header.add(triple(c)));
        JsonArrayBuilder rows = ApiJson.JSON.createArrayBuilder();
        rowChanged.forEach(r -> rows.add(ApiJson.JSON.createArrayBuilder().add(r.table()).add(r.idx()).add(r.row())
                .add(ApiJson.JSON.createArrayBuilder().add(triple(r.change())))));
        return ApiJson.JSON.createObjectBuilder().add("changed", header).add("row_changed", rows)
                .add("added", ApiJson.JSON.createArrayBuilder()).add("removed", ApiJson.JSON.createArrayBuilder()).build();
    }

    private static JsonArrayBuilder triple(Change change) {
        return ApiJson.JSON.createArrayBuilder().add(change.field()).add(text(change.from())).add(text(change.to()));
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return FieldValues.plain(number).toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}

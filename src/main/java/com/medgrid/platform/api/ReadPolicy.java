package com.medgrid.platform.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a caller may read of a DocType's fields. Single documents and list rows go through the same
 * policy, and a field it hides may not be used to filter or sort either (a filter on a hidden
 * field reveals it as surely as reading it). {@link ListQueryEngine} applies it to lists,
 * {@link DocumentResource} to the documents it answers.
 */
public interface ReadPolicy {

    ReadPolicy NONE = new ReadPolicy() {
        @Override
        public boolean mayFilter(ListQuery.Condition condition) {
            return true;
        }

        @Override
        public boolean maySort(String field) {
            return true;
        }

        @Override
        public Set<String> needs() {
            return Set.of();
        }

        @Override
        public void redact(List<Map<String, Object>> rows) {
        }
    };

    /** Whether the caller may filter on this condition. */
    boolean mayFilter(ListQuery.Condition condition);

    /** Whether the caller may sort on this field. */
    boolean maySort(String field);

    /** Fields every row must carry for {@link #redact}; the list engine selects them and drops them again. */
    Set<String> needs();

    /** Rewrites rows (field name to value) in place to what the caller may see. */
    void redact(List<Map<String, Object>> rows);

    /** This policy, then {@code next}: both must allow a filter or sort, and both redact (this one first). */
    default ReadPolicy then(ReadPolicy next) {
        ReadPolicy first = this;
        return new ReadPolicy() {
            @Override
            public boolean mayFilter(ListQuery.Condition condition) {
                return first.mayFilter(condition) && next.mayFilter(condition);
            }

            @Override
            public boolean maySort(String field) {
                return first.maySort(field) && next.maySort(field);
            }

            @Override
            public Set<String> needs() {
                Set<String> all = new HashSet<>(first.needs());
                all.addAll(next.needs());
                return all;
            }

            @Override
            public void redact(List<Map<String, Object>> rows) {
                first.redact(rows);
                next.redact(rows);
            }
        };
    }
}

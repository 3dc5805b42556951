package com.medgrid.platform.api;

import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Who created and who last changed a document are people's email addresses: staff read them on
 * every document, anyone else only on documents they own (a clinic must not learn who buys for
 * another clinic, nor which admin restocked a bin). Others may filter on them only to find their
 * own documents ({@code owner = me}).
 */
@RequestScoped
public class OwnerFields implements ReadPolicy {

    private static final Set<String> FIELDS = Set.of("owner", "modified_by");

    @Inject
    CurrentUser user;

    /** A copy of one document as the caller may read it: the handler's {@link ReadPolicy}, then this. */
    public Map<String, Object> readable(DocTypeHandler handler, Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        handler.readPolicy().then(this).redact(List.of(copy));
        return copy;
    }

    private boolean staff() {
        return user.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER);
    }

    @Override
    public boolean mayFilter(ListQuery.Condition condition) {
        return staff() || !FIELDS.contains(condition.field().fieldname())
                || (condition.operator() == ListQuery.Operator.EQ && user.name().equals(condition.operand()));
    }

    @Override
    public boolean maySort(String field) {
        return staff() || !FIELDS.contains(field);
    }

    @Override
    public Set<String> needs() {
        return staff() ? Set.of() : Set.of("owner");
    }

    @Override
    public void redact(List<Map<String, Object>> rows) {
        if (staff()) {
            return;
        }
        for (Map<String, Object> row : rows) {
            if (!user.name().equals(row.get("owner"))) {
                FIELDS.stream().filter(row::containsKey).forEach(field -> row.put(field, null));
            }
        }
    }
}

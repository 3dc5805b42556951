package com.medgrid.platform.api;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.ParameterExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the values of a criteria query as parameters and binds them once the query exists, so
 * that no request value is ever rendered into SQL text.
 */
public final class QueryParameters {

    private record Binding(ParameterExpression<?> parameter, Object value) {
    }

    private final CriteriaBuilder cb;
    private final List<Binding> bindings = new ArrayList<>();

    public QueryParameters(CriteriaBuilder cb) {
        this.cb = cb;
    }

    @SuppressWarnings("unchecked")
    public <T> ParameterExpression<T> of(Class<T> type, Object value) {
        ParameterExpression<T> parameter = cb.parameter(type);
        bindings.add(new Binding(parameter, value));
        return parameter;
    }

    /**
     * Binds the values of the parameters the query kept. EclipseLink drops a parameter whose
     * predicate it simplified away (anything AND-ed with an always-false scope, for example), and
     * binding that one would fail.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void bind(TypedQuery<?> query) {
        java.util.Set<jakarta.persistence.Parameter<?>> kept = query.getParameters();
        for (Binding binding : bindings) {
            if (kept.contains(binding.parameter())) {
                query.setParameter((ParameterExpression) binding.parameter(), binding.value());
            }
        }
    }
}

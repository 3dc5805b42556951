package com.medgrid.platform.api;

import com.medgrid.platform.api.ListQuery.Condition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a {@link ListQuery} as one JPA criteria query with bound parameters. Every DocType lists
 * through here; handlers only add their {@link RowScope}.
 */
@ApplicationScoped
public class ListQueryEngine {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    OwnerFields ownerFields;

    /** @return rows as field→value maps ({@code as_dict}) or as value lists in field order */
    public List<Object> list(DocTypeMeta meta, ListQuery query, RowScope scope) {
        return list(meta, query, scope, ReadPolicy.NONE);
    }

    /**
     * @param policy what the caller may read of the DocType's fields, besides {@link OwnerFields}
     * @return rows as field→value maps ({@code as_dict}) or as value lists in field order
     */
    public List<Object> list(DocTypeMeta meta, ListQuery query, RowScope scope, ReadPolicy policy) {
        ReadPolicy reading = policy.then(ownerFields);
        checkAllowed(query, reading);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> cq = cb.createTupleQuery();
        Root<?> root = cq.from(meta.entity());
        QueryParameters params = new QueryParameters(cb);

        boolean derived = query.fields().stream().anyMatch(DocTypeMeta.FieldMeta::isDerived);
        List<DocTypeMeta.FieldMeta> selected = new ArrayList<>(query.fields().stream().filter(f -> !f.isDerived()).toList());
        Stream.concat(reading.needs().stream(), derived ? Stream.of("name") : Stream.empty())
                .filter(meta::hasField).map(meta::field).filter(f -> !selected.contains(f)).forEach(selected::add);
        List<Selection<?>> selections = new ArrayList<>();
        for (DocTypeMeta.FieldMeta field : selected) {
            selections.add(root.get(field.attribute()).alias(field.fieldname()));
        }
        cq.multiselect(selections);

        cq.where(where(meta, query, scope, cb, cq, root, params));

        List<jakarta.persistence.criteria.Order> orders = new ArrayList<>();
        for (ListQuery.Order order : query.orderBy()) {
            if (order.field().isDerived()) {
                throw ApiException.validation("Cannot sort on " + order.field().fieldname() + ": it is not stored on "
                        + meta.doctype() + " itself. Filter on it instead.");
            }
            Path<?> path = root.get(order.field().attribute());
            orders.add(order.descending() ? cb.desc(path) : cb.asc(path));
        }
        if (meta.hasField("name")) {
            orders.add(cb.asc(root.get(meta.field("name").attribute())));
        }
        cq.orderBy(orders);

        TypedQuery<Tuple> typed = em.createQuery(cq)
                .setFirstResult(query.start())
                .setMaxResults(query.pageLength());
        params.bind(typed);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (Tuple tuple : typed.getResultList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < selected.size(); i++) {
                row.put(selected.get(i).fieldname(), FieldValues.toWire(tuple.get(i)));
            }
            rows.add(row);
        }
        if (derived) {
            meta.derived().orElseThrow().fill(rows);
        }
        reading.redact(rows);
        return rows.stream().map(row -> query.asDict() ? asDict(query, row) : asList(query, row)).toList();
    }

    /**
     * How many rows {@link #list} would find without paging: the same filters, the same scope, the
     * same refusal to filter on what the caller may not read ({@code frappe.client.get_count}).
     */
    public long count(DocTypeMeta meta, ListQuery query, RowScope scope, ReadPolicy policy) {
        checkAllowed(query, policy.then(ownerFields));
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<?> root = cq.from(meta.entity());
        QueryParameters params = new QueryParameters(cb);
        cq.select(cb.count(root)).where(where(meta, query, scope, cb, cq, root, params));
        TypedQuery<Long> typed = em.createQuery(cq);
        params.bind(typed);
        return typed.getSingleResult();
    }

    private static Predicate[] where(DocTypeMeta meta, ListQuery query, RowScope scope, CriteriaBuilder cb, CriteriaQuery<?> cq,
                                     Root<?> root, QueryParameters params) {
        List<Predicate> where = new ArrayList<>();
        for (Condition condition : query.filters()) {
            where.add(predicate(meta, cb, cq, root, params, condition));
        }
        if (!query.orFilters().isEmpty()) {
            where.add(cb.or(query.orFilters().stream().map(c -> predicate(meta, cb, cq, root, params, c)).toArray(Predicate[]::new)));
        }
        Predicate scoped = scope.restrict(cb, cq, root, params);
        if (scoped != null) {
            where.add(scoped);
        }
        return where.toArray(Predicate[]::new);
    }

    /** A filter or sort on a field the caller may not read would reveal it: 403. */
    private static void checkAllowed(ListQuery query, ReadPolicy reading) {
        for (Condition condition : concat(query.filters(), query.orFilters())) {
            if (!reading.mayFilter(condition)) {
                throw ApiException.permission("Field not permitted in query: you may not filter on "
                        + condition.field().fieldname() + " (you cannot read it on every row).");
            }
        }
        for (ListQuery.Order order : query.orderBy()) {
            if (!reading.maySort(order.field().fieldname())) {
                throw ApiException.permission("Field not permitted in query: you may not sort on " + order.field().fieldname()
                        + " (you cannot read it on every row).");
            }
        }
    }

    private static List<Condition> concat(List<Condition> a, List<Condition> b) {
        List<Condition> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Object asDict(ListQuery query, Map<String, Object> row) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        query.fields().forEach(field -> shaped.put(field.fieldname(), row.get(field.fieldname())));
        return shaped;
    }

    private static Object asList(ListQuery query, Map<String, Object> row) {
        List<Object> shaped = new ArrayList<>();
        query.fields().forEach(field -> shaped.add(row.get(field.fieldname())));
        return shaped;
    }

    private static Predicate predicate(DocTypeMeta meta, CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root, QueryParameters params,
                                       Condition condition) {
        return condition.field().isDerived()
                ? meta.derived().orElseThrow().predicate(cb, query, root, params, condition)
                : predicate(cb, root.get(condition.field().attribute()), params, condition);
    }

    /** {@code condition} on {@code path}, which holds the condition's field (a column of this DocType's entity, or another's). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Predicate predicate(CriteriaBuilder cb, Path path, QueryParameters params, Condition condition) {
        DocTypeMeta.FieldMeta field = condition.field();
        Class type = field.type();
        Object operand = condition.operand();
        return switch (condition.operator()) {
            case EQ -> cb.equal(path, params.of(type, operand));
            case NE -> cb.or(cb.notEqual(path, params.of(type, operand)), cb.isNull(path));
            case GT -> cb.greaterThan(path, (Expression) params.of(type, operand));
            case LT -> cb.lessThan(path, (Expression) params.of(type, operand));
            case GE -> cb.greaterThanOrEqualTo(path, (Expression) params.of(type, operand));
            case LE -> cb.lessThanOrEqualTo(path, (Expression) params.of(type, operand));
            case LIKE -> cb.like(cb.lower(path), params.of(String.class, ((String) operand).toLowerCase()));
            case NOT_LIKE -> cb.or(cb.notLike(cb.lower(path), params.of(String.class, ((String) operand).toLowerCase())),
                    cb.isNull(path));
            case IN -> inList(cb, path, params, type, (List<?>) operand);
            case NOT_IN -> cb.or(cb.not(inList(cb, path, params, type, (List<?>) operand)), cb.isNull(path));
            case BETWEEN -> {
                List<?> bounds = (List<?>) operand;
                yield cb.between(path, (Expression) params.of(type, bounds.get(0)), (Expression) params.of(type, bounds.get(1)));
            }
            case IS -> isSet(cb, path, field, (Boolean) operand);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate inList(CriteriaBuilder cb, Path path, QueryParameters params, Class type, List<?> values) {
        if (values.isEmpty()) {
            return cb.disjunction();
        }
        CriteriaBuilder.In in = cb.in(path);
        for (Object value : values) {
            in.value(params.of(type, value));
        }
        return in;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate isSet(CriteriaBuilder cb, Path path, DocTypeMeta.FieldMeta field, boolean set) {
        // Frappe treats an empty string like a missing value for "is set".
        if (field.isText()) {
            Predicate missing = cb.or(cb.isNull(path), cb.equal(path, cb.literal("")));
            return set ? cb.not(missing) : missing;
        }
        return set ? cb.isNotNull(path) : cb.isNull(path);
    }
}

package com.medgrid.platform.api;

import com.medgrid.platform.api.ListQuery.Condition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
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

/**
 * Runs a {@link ListQuery} as one JPA criteria query with bound parameters. Every DocType lists
 * through here; handlers only add their {@link RowScope}.
 */
@ApplicationScoped
public class ListQueryEngine {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** @return rows as field→value maps ({@code as_dict}) or as value lists in field order */
    public List<Object> list(DocTypeMeta meta, ListQuery query, RowScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> cq = cb.createTupleQuery();
        Root<?> root = cq.from(meta.entity());
        QueryParameters params = new QueryParameters(cb);

        List<Selection<?>> selections = new ArrayList<>();
        for (DocTypeMeta.FieldMeta field : query.fields()) {
            selections.add(root.get(field.attribute()).alias(field.fieldname()));
        }
        cq.multiselect(selections);

        List<Predicate> where = new ArrayList<>();
        for (Condition condition : query.filters()) {
            where.add(predicate(cb, root, params, condition));
        }
        if (!query.orFilters().isEmpty()) {
            where.add(cb.or(query.orFilters().stream().map(c -> predicate(cb, root, params, c)).toArray(Predicate[]::new)));
        }
        Predicate scoped = scope.restrict(cb, cq, root, params);
        if (scoped != null) {
            where.add(scoped);
        }
        cq.where(where.toArray(Predicate[]::new));

        List<jakarta.persistence.criteria.Order> orders = new ArrayList<>();
        for (ListQuery.Order order : query.orderBy()) {
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

        List<Object> rows = new ArrayList<>();
        for (Tuple tuple : typed.getResultList()) {
            rows.add(query.asDict() ? asDict(query, tuple) : asList(query, tuple));
        }
        return rows;
    }

    private static Map<String, Object> asDict(ListQuery query, Tuple tuple) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < query.fields().size(); i++) {
            row.put(query.fields().get(i).fieldname(), FieldValues.toWire(tuple.get(i)));
        }
        return row;
    }

    private static List<Object> asList(ListQuery query, Tuple tuple) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < query.fields().size(); i++) {
            row.add(FieldValues.toWire(tuple.get(i)));
        }
        return row;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Predicate predicate(CriteriaBuilder cb, Root<?> root, QueryParameters params, Condition condition) {
        DocTypeMeta.FieldMeta field = condition.field();
        Path path = root.get(field.attribute());
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

package com.medgrid.platform.api;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * The rows a caller may see of a DocType, added to every list query of it (a vendor sees its own
 * orders, a rep their customers). Values go through {@link QueryParameters}.
 */
@FunctionalInterface
public interface RowScope {

    RowScope ALL = (cb, query, root, params) -> null;

    /**
     * @param query the query being restricted, for subqueries
     * @return a predicate, or null when every row is visible
     */
    Predicate restrict(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root, QueryParameters params);
}

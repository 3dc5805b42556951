package com.medgrid.platform.api;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.List;
import java.util.Map;

/**
 * Fields a DocType shows that are not columns of its own entity (a Sales Order's vendor fields come
 * from its vendors' orders). They read like any field in documents and lists, and filter like any
 * field; they cannot be sorted on.
 */
public interface DerivedFields {

    /** The derived fields, in the order documents show them ({@link DocTypeMeta.FieldMeta#derived}). */
    List<DocTypeMeta.FieldMeta> fields();

    /** Puts the derived fields' values into rows, each of which carries the document's {@code name}. */
    void fill(List<Map<String, Object>> rows);

    /** A filter on a derived field, as a condition on the DocType's root (an EXISTS subquery, typically). */
    Predicate predicate(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root, QueryParameters params, ListQuery.Condition condition);
}

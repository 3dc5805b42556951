package com.medgrid.platform.api;

import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DocType that the API only reads (stock bins, the dispatch outbox, the webhook inbox): every
 * row is listed through {@link ListQueryEngine}; access is declared with a class-level
 * {@code @RolesAllowed} on the subclass, and writes keep {@link DocTypeHandler}'s refusals.
 */
public abstract class ReadOnlyDocType<E> implements DocTypeHandler {

    @Inject
    protected ListQueryEngine lists;

    @Inject
    protected DocumentStore store;

    protected abstract DocTypeMeta meta();

    /** The document as the API returns it; subclasses add child tables. */
    protected Map<String, Object> document(E entity) {
        return meta().render(entity);
    }

    @Override
    public String doctype() {
        return meta().doctype();
    }

    @Override
    public Optional<DocTypeSchema> schema() {
        return Optional.of(DocTypeSchema.of(meta()));
    }

    /** The rows the caller may list and count; every row unless a subclass narrows it. */
    protected RowScope scope() {
        return RowScope.ALL;
    }

    @Override
    public List<Object> list(ApiArgs args) {
        return lists.list(meta(), ListQueryParser.parse(meta(), args), scope());
    }

    @Override
    public long count(ApiArgs args) {
        return lists.count(meta(), ListQueryParser.parse(meta(), args), scope(), ReadPolicy.NONE);
    }

    /** Whether the caller may see this document; others get 404, so that names do not leak. {@link #scope} must agree. */
    protected boolean visible(E entity) {
        return true;
    }

    @Override
    public Map<String, Object> get(String name) {
        E entity = store.find(meta(), name);
        if (!visible(entity)) {
            throw ApiException.notFound(meta().doctype() + " " + name + " not found.");
        }
        return document(entity);
    }
}

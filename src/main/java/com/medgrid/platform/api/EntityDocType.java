package com.medgrid.platform.api;

import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A DocType stored as one JPA entity: lists through {@link ListQueryEngine}, writes through
 * {@link DocumentStore}. Subclasses name the entity, its writable fields and its rules, and
 * declare access with {@code @RolesAllowed} (class level for reads, on overridden write methods).
 */
public abstract class EntityDocType<E extends DocumentEntity> implements DocTypeHandler {

    @Inject
    protected ListQueryEngine lists;

    @Inject
    protected DocumentStore store;

    protected abstract DocTypeMeta meta();

    /** Fields a client may set; others it sends back (name, creation...) are ignored. */
    protected abstract Set<String> writableFields();

    /** A new entity for a create request, named from its body; 417 when the name is missing. */
    protected abstract E newEntity(ApiArgs body);

    /** Cross-field and link checks, run after Bean Validation on every write. */
    protected void validate(E entity) {
    }

    /** Refuses a delete that would break other documents. */
    protected void checkDeletable(E entity) {
    }

    /** The rows the caller may see; {@link #visible} must agree with it for single documents. */
    protected RowScope scope() {
        return RowScope.ALL;
    }

    /** Whether the caller may see this document; others get 404 so that names do not leak. */
    protected boolean visible(E entity) {
        return true;
    }

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

    @Override
    public List<Object> list(ApiArgs args) {
        return lists.list(meta(), ListQueryParser.parse(meta(), args), scope());
    }

    @Override
    public long count(ApiArgs args) {
        return lists.count(meta(), ListQueryParser.parse(meta(), args), scope(), ReadPolicy.NONE);
    }

    @Override
    public Map<String, Object> get(String name) {
        return document(visibleEntity(name));
    }

    /** The document if the caller may see it, else 404: nobody reads, changes or deletes what they cannot see. */
    protected E visibleEntity(String name) {
        E entity = store.find(meta(), name);
        if (!visible(entity)) {
            throw ApiException.notFound(meta().doctype() + " " + name + " not found.");
        }
        return entity;
    }

    @Override
    public Map<String, Object> create(ApiArgs body) {
        return document(store.insert(meta(), newEntity(body), body, writableFields(), this::validate));
    }

    @Override
    public Map<String, Object> update(String name, ApiArgs body) {
        visibleEntity(name);
        return document(store.update(meta(), name, body, writableFields(), this::validate));
    }

    @Override
    public void delete(String name) {
        visibleEntity(name);
        store.delete(meta(), name, this::checkDeletable);
    }
}

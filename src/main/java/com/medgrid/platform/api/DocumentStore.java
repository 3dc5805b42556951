package com.medgrid.platform.api;

import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Create, update and delete of entity-backed documents, one transaction each: copy the writable
 * fields, run Bean Validation and the DocType's own rules, stamp owner/modified. A failure leaves
 * nothing written.
 */
@ApplicationScoped
@Transactional
public class DocumentStore {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E> E find(DocTypeMeta meta, String name) {
        @SuppressWarnings("unchecked")
        E entity = (E) em.find(meta.entity(), name);
        if (entity == null) {
            throw ApiException.notFound(meta.doctype() + " " + name + " not found.");
        }
        return entity;
    }

    /** @param entity a new entity carrying its name; fields from {@code body} are applied to it */
    public <E extends DocumentEntity> E insert(DocTypeMeta meta, E entity, ApiArgs body,
                                               Collection<String> writable, Consumer<E> rules) {
        meta.checkWritable(body, writable);
        meta.apply(body, entity, writable);
        validate(entity);
        rules.accept(entity);
        DocumentNames.check(meta.doctype(), entity.getName());
        if (em.find(meta.entity(), entity.getName()) != null) {
            throw ApiException.duplicate(meta.doctype() + " " + entity.getName() + " already exists.");
        }
        entity.created(user.name(), Instant.now());
        em.persist(entity);
        return entity;
    }

    public <E extends DocumentEntity> E update(DocTypeMeta meta, String name, ApiArgs body,
                                               Collection<String> writable, Consumer<E> rules) {
        E entity = find(meta, name);
        TimestampCheck.check(body, entity);
        meta.checkWritable(body, writable);
        meta.apply(body, entity, writable);
        validate(entity);
        rules.accept(entity);
        entity.modified(user.name(), Instant.now());
        return entity;
    }

    public <E> void delete(DocTypeMeta meta, String name, Consumer<E> guard) {
        E entity = find(meta, name);
        guard.accept(entity);
        em.remove(entity);
    }

    /** A link field must name an existing document (Frappe's "Could not find Company: X"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireLink(String field, Class<?> entity, String name) {
        if (name != null && em.find(entity, name) == null) {
            throw ApiException.validation("Could not find " + field + ": " + name);
        }
    }

    private <E> void validate(E entity) {
        Set<ConstraintViolation<E>> violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}

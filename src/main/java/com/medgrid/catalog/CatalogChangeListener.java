package com.medgrid.catalog;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The JPA listener of the entities catalog answers depend on (catalog entities, and customers for
 * their default price list): every insert, update and delete, whichever code path makes it
 * (documents, stock counts, order reservations), announces a {@link CatalogChanged}. Bulk JPQL or
 * SQL updates bypass entity listeners: code that writes catalog rows that way fires the event itself.
 */
public class CatalogChangeListener {

    @Inject
    Event<CatalogChanged> changed;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        changed.fire(new CatalogChanged(entity.getClass(), entity instanceof Bin bin ? bin.getWarehouse() : null));
    }
}

package com.medgrid.platform.db;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * The default entity listener (META-INF/orm.xml): every entity, whatever wrote it, is checked
 * against its columns before it is inserted or updated, so a value the database would refuse
 * (or round away) is a 417 naming the field, never a 500 or a quietly different number.
 */
public class ColumnCheck {

    @Inject
    ColumnLimits limits;

    @PrePersist
    @PreUpdate
    void check(Object entity) {
        limits.check(entity);
    }
}

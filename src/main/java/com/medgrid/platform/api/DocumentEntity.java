package com.medgrid.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** The standard fields every Frappe document carries: who created it and when, who changed it last. */
@MappedSuperclass
public abstract class DocumentEntity {

    @Column(name = "owner", nullable = false, updatable = false)
    private String owner;

    @Column(name = "creation", nullable = false, updatable = false)
    private Instant creation;

    @Column(name = "modified", nullable = false)
    private Instant modified;

    @Column(name = "modified_by", nullable = false)
    private String modifiedBy;

    /** The document's name, its primary key. */
    public abstract String getName();

    /** Stamps creation on a new document. */
    public void created(String user, Instant now) {
        owner = user;
        creation = now;
        modified(user, now);
    }

    public void modified(String user, Instant now) {
        modifiedBy = user;
        modified = now;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getModified() {
        return modified;
    }

}

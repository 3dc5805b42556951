package com.medgrid.platform.audit;

import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Records who changed what, in the transaction of the change itself: an audit entry exists exactly when the change does. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Audit {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    CurrentUser user;

    /** Writes a Version of the document by the current caller, unless nothing changed. */
    public void record(String doctype, String docname, Changes changes) {
        if (changes.isEmpty()) {
            return;
        }
        Version version = new Version(doctype, docname, changes.toJson().toString());
        version.created(user.name(), Instant.now());
        em.persist(version);
    }
}

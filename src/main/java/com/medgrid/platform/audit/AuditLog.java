package com.medgrid.platform.audit;

import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Records an act (an approval, a rejection, a stock change, a role or key change, an integration
 * connected or disconnected, a refund) in the transaction that does it, so the entry exists exactly
 * when the act does. {@link Audit} keeps field-level Versions; this says who did what, and when.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    CurrentUser user;

    /** By the current caller (Guest for a public act). */
    public void record(String action, String doctype, String docname, String details) {
        record(user.name(), action, doctype, docname, details);
    }

    /** By {@code actor}: the system acting for someone, or an act before anyone is signed in. */
    public void record(String actor, String action, String doctype, String docname, String details) {
        AuditLogEntry entry = new AuditLogEntry(action, doctype, docname, details);
        entry.created(actor, Instant.now());
        em.persist(entry);
    }
}

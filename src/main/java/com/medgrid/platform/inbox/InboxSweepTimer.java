package com.medgrid.platform.inbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/**
 * Processes inbox messages that are still waiting a while after they arrived: the executor was
 * busy, the server stopped, or processing failed and is due another try. Every member runs it;
 * the message row lock lets one of them process each message.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // vendor calls happen under it: no transaction may span them
public class InboxSweepTimer {

    private static final Duration GRACE = Duration.ofSeconds(30);

    @Inject
    InboxProcessor processor;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "webhook inbox sweep")
    void sweep() {
        em.createNamedQuery(InboxMessage.PENDING, String.class).setParameter("before", Instant.now().minus(GRACE))
                .setMaxResults(100).getResultList().forEach(processor::process);
    }
}

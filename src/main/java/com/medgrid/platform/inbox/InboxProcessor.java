package com.medgrid.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes one stored webhook through its source's {@link InboxHandler}: the message row is
 * locked for the duration, so however many members try, one processes it, once. A failure is
 * recorded and retried by the sweep up to {@value #MAX_ATTEMPTS} attempts.
 */
@ApplicationScoped
public class InboxProcessor {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(InboxProcessor.class.getName());

    @Inject
    InboxProcessor self;
    @Inject
    @Any
    Instance<InboxHandler> handlers;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    public void process(String name) {
        try {
            self.processOnce(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbox message " + name + " failed; it will be retried", e);
            self.recordFailure(name, e.toString());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void processOnce(String name) {
        InboxMessage message = em.find(InboxMessage.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !InboxMessage.RECEIVED.equals(message.getStatus())) {
            return;
        }
        InboxHandler handler = handlers.stream().filter(h -> h.source().equals(message.getSource())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No inbox handler for " + message.getSource()));
        handler.process(message);
        message.processed(Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String name, String reason) {
        InboxMessage message = em.find(InboxMessage.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && InboxMessage.RECEIVED.equals(message.getStatus())) {
            message.failedAttempt(reason, MAX_ATTEMPTS);
        }
    }
}

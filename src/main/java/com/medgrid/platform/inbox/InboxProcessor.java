package com.medgrid.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes one stored webhook through its source's {@link InboxHandler}. A member claims the message
 * first, so however many members try, one processes it. A handler that calls its vendor then runs
 * outside any transaction (no transaction may span that call), the claim committed at once as a
 * lease: a member that dies leaves a claim that runs out, and the sweep tries again. A handler that
 * calls no other system runs inside the claiming transaction, which marks the message processed too:
 * a member that dies there leaves nothing but a rolled-back transaction. A failure is recorded and
 * retried by the sweep up to {@value #MAX_ATTEMPTS} attempts.
 */
@ApplicationScoped
public class InboxProcessor {

    static final int MAX_ATTEMPTS = 5;
    /** Well beyond a handler's vendor call (its @Timeout): a live member always finishes first. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(InboxProcessor.class.getName());

    @Inject
    InboxProcessor self;
    @Inject
    @Any
    Instance<InboxHandler> handlers;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void process(String name) {
        try {
            self.claimOrProcess(name).ifPresent(message -> {
                handler(message).process(message);
                self.markProcessed(name);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbox message " + name + " failed; it will be retried", e);
            self.recordFailure(name, e.toString());
        }
    }

    /**
     * Claims the message for this member, unless it is processed or another member holds it; a
     * handler that calls no other system processes it here and now, in this transaction.
     *
     * @return the message, claimed, when its handler calls its vendor and runs after this transaction; empty otherwise
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<InboxMessage> claimOrProcess(String name) {
        InboxMessage message = em.find(InboxMessage.class, name, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (message == null || !message.claim(now, now.plus(CLAIM))) {
            return Optional.empty();
        }
        InboxHandler handler = handler(message);
        if (handler.callsVendor()) {
            return Optional.of(message);
        }
        handler.process(message);
        message.processed(Instant.now());
        return Optional.empty();
    }

    private InboxHandler handler(InboxMessage message) {
        return handlers.stream().filter(h -> h.source().equals(message.getSource())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No inbox handler for " + message.getSource()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markProcessed(String name) {
        InboxMessage message = em.find(InboxMessage.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && InboxMessage.RECEIVED.equals(message.getStatus())) {
            message.processed(Instant.now());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String name, String reason) {
        InboxMessage message = em.find(InboxMessage.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && InboxMessage.RECEIVED.equals(message.getStatus())) {
            message.failedAttempt(reason, MAX_ATTEMPTS);
        }
    }
}

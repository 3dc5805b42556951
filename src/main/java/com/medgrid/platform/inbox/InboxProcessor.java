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
 * Processes one stored webhook through its source's {@link InboxHandler}, outside any transaction:
 * a handler may call the vendor (ShipStation's notifications are fetched), and no transaction may
 * span that. A member claims the message first (a lease, committed at once), so however many
 * members try, one processes it; a member that dies leaves a claim that runs out and the sweep
 * tries again. A failure is recorded and retried by the sweep up to {@value #MAX_ATTEMPTS} attempts.
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
        Optional<InboxMessage> claimed = self.claim(name);
        if (claimed.isEmpty()) {
            return;
        }
        InboxMessage message = claimed.get();
        try {
            handlers.stream().filter(h -> h.source().equals(message.getSource())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No inbox handler for " + message.getSource()))
                    .process(message);
            self.markProcessed(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbox message " + name + " failed; it will be retried", e);
            self.recordFailure(name, e.toString());
        }
    }

    /** @return the message, claimed for this member, unless it is processed or another member holds it */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<InboxMessage> claim(String name) {
        InboxMessage message = em.find(InboxMessage.class, name, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        return message != null && message.claim(now, now.plus(CLAIM)) ? Optional.of(message) : Optional.empty();
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

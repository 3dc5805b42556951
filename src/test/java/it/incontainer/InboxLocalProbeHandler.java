package it.incontainer;

import com.medgrid.platform.inbox.InboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * An inbox handler that calls no other system: it writes one row of its own (a nonce named after the
 * message) and notes the transaction status around it; a message whose body is {@code "fail"} makes it
 * throw after writing.
 */
@ApplicationScoped
public class InboxLocalProbeHandler extends TransactionNotingHandler {

    static final String SOURCE = "it-local-probe";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public boolean callsVendor() {
        return false;
    }

    @Override
    public void process(InboxMessage message) {
        noteTransaction();
        em.createNativeQuery("INSERT INTO webhook_nonces (source, nonce, seen_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, SOURCE).setParameter(2, message.getName()).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (message.getBody().equals("\"fail\"")) {
            throw new IllegalStateException("the probe failed after writing");
        }
    }
}

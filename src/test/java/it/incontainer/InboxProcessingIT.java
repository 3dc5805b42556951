package it.incontainer;

import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import com.medgrid.platform.inbox.InboxProcessor;
import com.medgrid.platform.db.InstantConverter;
import com.medgrid.platform.validation.TextRules;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running server, against its real database: a stored webhook is handled outside any
 * transaction when its handler calls the vendor, and of members processing it at the same moment
 * exactly one handles it; a message already processed is not handled again. A handler that calls no
 * other system runs in the transaction that marks the message processed: its writes and the mark
 * commit together, and a failure keeps neither.
 */
@ExtendWith(ArquillianExtension.class)
class InboxProcessingIT {

    private static final int MEMBERS = 4;

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("inbox-processing-it.war", InboxProcessor.class, InboxMessage.class, InboxHandler.class,
                InboxProbeHandler.class, InboxLocalProbeHandler.class, TransactionNotingHandler.class, TextRules.class, InstantConverter.class)
                .addPackages(true, "org.awaitility", "org.hamcrest");
    }

    @Inject
    InboxProcessor processor;
    @Inject
    InboxProbeHandler probe;
    @Inject
    InboxLocalProbeHandler localProbe;
    @Resource(lookup = "jdbc/medgrid")
    DataSource database;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
    private Sql sql;

    @BeforeEach
    void connect() {
        sql = new Sql(database);
    }

    @Test
    void oneMemberHandlesAMessageOnceAndOutsideATransaction() throws Exception {
        String name = "it-" + UUID.randomUUID();
        sql.execute("INSERT INTO webhook_inbox (name, source, dedupe_key, received_at, body, status, attempts) VALUES (?, ?, ?, ?, '{}', 'Received', 0)",
                name, InboxProbeHandler.SOURCE, name, Instant.now());
        try {
            List<Future<?>> members = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                members.add(executor.submit(() -> processor.process(name)));
            }
            // one member is in the handler, held there; every other has found the message claimed and given up
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> probe.processed().contains(name) && members.stream().filter(Future::isDone).count() == MEMBERS - 1);
            probe.release();
            for (Future<?> member : members) {
                member.get();
            }
            assertEquals(List.of(name), probe.processed().stream().filter(name::equals).toList(), "members that handled the message");
            assertTrue(probe.transactionStatuses().stream().allMatch(InboxProbeHandler::noTransaction),
                    "transaction status around the handler: " + probe.transactionStatuses());
            assertEquals(List.of("Processed"), sql.strings("SELECT status FROM webhook_inbox WHERE name = ?", name));

            processor.process(name);
            assertEquals(1, probe.processed().stream().filter(name::equals).count(), "a processed message is not handled again");
        } finally {
            sql.execute("DELETE FROM webhook_inbox WHERE name = ?", name);
        }
    }

    @Test
    void aHandlerThatCallsNoVendorRunsInTheTransactionThatMarksTheMessage() throws Exception {
        String name = localMessage("{}");
        try {
            processor.process(name);
            List<Integer> statuses = localProbe.transactionStatuses();
            assertEquals(Status.STATUS_ACTIVE, statuses.get(statuses.size() - 1), "transaction status around the handler");
            assertEquals(List.of("Processed 1"), state(name));
            assertEquals(List.of(name), probeWrites(name), "the handler's write");

            processor.process(name);
            assertEquals(List.of(name), probeWrites(name), "a processed message is not handled again");
        } finally {
            delete(name);
        }
    }

    @Test
    void aFailingHandlerThatCallsNoVendorKeepsNoneOfItsWritesAndIsTriedAgain() throws Exception {
        String name = localMessage("\"fail\"");
        try {
            processor.process(name);
            assertEquals(List.of("Received 1"), state(name), "one failed attempt, the message left for the sweep");
            assertEquals(List.of(), probeWrites(name), "the handler's write, rolled back with the claim");
            assertEquals(List.of("java.lang.IllegalStateException: the probe failed after writing"),
                    sql.strings("SELECT error FROM webhook_inbox WHERE name = ?", name));
            assertEquals(Collections.singletonList(null), sql.strings("SELECT claimed_until FROM webhook_inbox WHERE name = ?", name),
                    "no claim left to wait for");
        } finally {
            delete(name);
        }
    }

    private String localMessage(String body) throws SQLException {
        String name = "it-" + UUID.randomUUID();
        sql.execute("INSERT INTO webhook_inbox (name, source, dedupe_key, received_at, body, status, attempts) VALUES (?, ?, ?, ?, ?, 'Received', 0)",
                name, InboxLocalProbeHandler.SOURCE, name, Instant.now(), body);
        return name;
    }

    private List<String> state(String name) throws SQLException {
        return sql.strings("SELECT status || ' ' || attempts FROM webhook_inbox WHERE name = ?", name);
    }

    private List<String> probeWrites(String name) throws SQLException {
        return sql.strings("SELECT nonce FROM webhook_nonces WHERE source = ? AND nonce = ?", InboxLocalProbeHandler.SOURCE, name);
    }

    private void delete(String name) throws SQLException {
        sql.execute("DELETE FROM webhook_nonces WHERE source = ? AND nonce = ?", InboxLocalProbeHandler.SOURCE, name);
        sql.execute("DELETE FROM webhook_inbox WHERE name = ?", name);
    }
}

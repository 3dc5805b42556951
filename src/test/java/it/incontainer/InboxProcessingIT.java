package it.incontainer;

import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import com.medgrid.platform.inbox.InboxProcessor;
import com.medgrid.platform.db.InstantConverter;
import com.medgrid.platform.validation.TextRules;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running server, against its real database: a stored webhook is handled outside any
 * transaction (a handler may call the vendor), and of members processing it at the same moment
 * exactly one handles it; a message already processed is not handled again.
 */
@ExtendWith(ArquillianExtension.class)
class InboxProcessingIT {

    private static final int MEMBERS = 4;

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("inbox-processing-it.war", InboxProcessor.class, InboxMessage.class, InboxHandler.class,
                InboxProbeHandler.class, TextRules.class, InstantConverter.class)
                .addPackages(true, "org.awaitility", "org.hamcrest");
    }

    @Inject
    InboxProcessor processor;
    @Inject
    InboxProbeHandler probe;
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
}

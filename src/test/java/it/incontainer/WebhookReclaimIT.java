package it.incontainer;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiHidden;
import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.crypto.SecretBox;
import com.medgrid.platform.crypto.SecretBoxProducer;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.db.InstantConverter;
import com.medgrid.platform.outbox.Claim;
import com.medgrid.platform.outbox.RetryPolicy;
import com.medgrid.platform.validation.TextRules;
import com.medgrid.webhooks.WebhookDelivery;
import com.medgrid.webhooks.WebhookDeliveryAttempt;
import com.medgrid.webhooks.WebhookEvent;
import com.medgrid.webhooks.WebhookLedger;
import com.medgrid.webhooks.WebhookSecrets;
import com.medgrid.webhooks.WebhookSettings;
import com.medgrid.webhooks.WebhookSubscription;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running server, against its real database: a delivery task whose claim lapsed while it
 * waited for a worker, the delivery claimed by another sweep since, gets nothing to send and leaves
 * the delivery as the newer claim holds it; the holding claim's task goes on.
 * <p>
 * The subscription is disabled, so the holding claim's task ends by failing the delivery, saying so,
 * rather than by sending it: that outcome shows it got past the claim check, with no receiver.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookReclaimIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("webhook-reclaim-it.war", WebhookLedger.class, WebhookSecrets.class, WebhookSettings.class,
                WebhookDelivery.class, WebhookDeliveryAttempt.class, WebhookSubscription.class, WebhookEvent.class,
                Claim.class, RetryPolicy.class, DocumentEntity.class, FieldValues.class, ApiHidden.class, TextRules.class,
                Tokens.class, HmacSigner.class, SecretBox.class, SecretBoxProducer.class, InstantConverter.class, ApiException.class)
                .addClass("com.medgrid.webhooks.WebhookResponse") // not public: the ledger's and the settings' own types
                .addClass("com.medgrid.webhooks.WebhookUrls");
    }

    @Inject
    WebhookLedger ledger;

    @Resource(lookup = "jdbc/medgrid")
    DataSource database;
    private Sql sql;

    @BeforeEach
    void connect() {
        sql = new Sql(database);
    }

    @Test
    void aLateTaskLeavesTheDeliveryToTheClaimThatHoldsIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subscription = "it-reclaim-" + tag;
        String event = "evt_reclaim_" + tag;
        String delivery = "whd_reclaim_" + tag;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant lapsedLease = now.minusSeconds(5);
        Instant holdingLease = now.plusSeconds(60);
        try {
            sql.execute("INSERT INTO webhook_subscriptions (name, url, events, enabled, secret, owner, creation, modified, modified_by)"
                    + " VALUES (?, 'https://receiver.example/hooks', 'order.created', FALSE, 'sealed', 'it', ?, ?, 'it')", subscription, now, now);
            sql.execute("INSERT INTO webhook_events (name, event, payload, occurred_at) VALUES (?, 'order.created', '{}', ?)", event, now);
            // claimed by a second sweep after the first sweep's claim lapsed
            sql.execute("INSERT INTO webhook_deliveries (name, subscription, event_id, event, payload, status, next_attempt_at, queued_at,"
                    + " owner, creation, modified, modified_by) VALUES (?, ?, ?, 'order.created', '{}', 'Sending', ?, ?, 'it', ?, ?, 'it')",
                    delivery, subscription, event, holdingLease, now, now, now);

            assertTrue(ledger.outgoing(new Claim(delivery, lapsedLease)).isEmpty(), "the late task has nothing to send");
            assertEquals(List.of(delivery), sql.strings("SELECT name FROM webhook_deliveries WHERE name = ? AND status = 'Sending'"
                    + " AND next_attempt_at = ?", delivery, holdingLease), "the newer claim still holds it, its lease unchanged");

            assertTrue(ledger.outgoing(new Claim(delivery, holdingLease)).isEmpty(), "a disabled subscription's delivery is not sent");
            assertEquals(List.of("Failed"), sql.strings("SELECT status FROM webhook_deliveries WHERE name = ?", delivery),
                    "the holding claim's task got past the claim check and failed the delivery");
            assertEquals(List.of("Not sent: the subscription is disabled."),
                    sql.strings("SELECT last_error FROM webhook_deliveries WHERE name = ?", delivery));
        } finally {
            sql.execute("DELETE FROM webhook_deliveries WHERE name = ?", delivery);
            sql.execute("DELETE FROM webhook_events WHERE name = ?", event);
            sql.execute("DELETE FROM webhook_subscriptions WHERE name = ?", subscription);
        }
    }
}

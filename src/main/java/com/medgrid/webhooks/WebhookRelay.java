package com.medgrid.webhooks;

import com.medgrid.platform.outbox.Claim;
import com.medgrid.platform.outbox.Outbox;
import com.medgrid.platform.outbox.OutboxWorkers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the webhook outbox on the shared {@link OutboxWorkers}: each sweep first fans new events
 * out into deliveries, then claims the due deliveries and sends each on its own task, so a slow or
 * dead receiver holds up neither order processing nor other subscribers. At least once: a
 * delivery whose outcome was not recorded (a crash mid-call) is sent again when its claim lapses,
 * with the same event id for the receiver to deduplicate by.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class WebhookRelay implements Outbox {

    private static final Logger LOG = Logger.getLogger(WebhookRelay.class.getName());

    @Inject
    OutboxWorkers workers;
    @Inject
    WebhookFanout fanout;
    @Inject
    WebhookLedger ledger;
    @Inject
    WebhookSender sender;

    public int sweep() {
        return workers.sweep(this);
    }

    @Override
    public List<Claim> claimDue() {
        fanout.fanOut();
        return ledger.claimDue();
    }

    @Override
    public void deliver(Claim claim) {
        String name = claim.name();
        try {
            ledger.outgoing(claim).ifPresent(outgoing -> {
                long timestamp = Instant.now().getEpochSecond();
                WebhookResponse response = sender.send(outgoing.url(), outgoing.payload(),
                        WebhookSignatures.headers(outgoing.eventId(), timestamp, outgoing.payload(), outgoing.secrets()));
                ledger.record(name, response).ifPresent(due -> workers.sweepAt(this, due));
            });
        } catch (RuntimeException e) {
            // recording failed (database down): the claim lapses and a later sweep sends it again
            LOG.log(Level.SEVERE, "Could not send webhook delivery " + name + " or record its outcome", e);
        }
    }

    /** Events and replays go out right after the transaction that queued them commits, not at the next timer sweep. */
    void afterQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookWorkQueued queued) {
        workers.sweepSoon(this);
    }
}

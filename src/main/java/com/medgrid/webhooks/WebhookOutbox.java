package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes events to the webhook outbox, in the transaction of the change they report, so that an
 * event is sent if and only if its change committed. The body is the developer API's payload:
 * {@code id} (the event id), {@code event}, the event's own fields, {@code occurred_at} (UTC, whole seconds).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookOutbox {

    /** The event a test ping sends; only the subscription pinged receives it. */
    static final String PING = "webhook.ping";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    Event<WebhookWorkQueued> queued;

    /** An event about an order ({@code salesOrder}) or an item ({@code itemCode}); {@code fields} are its payload's own. */
    void record(String event, String salesOrder, String itemCode, JsonObjectBuilder fields) {
        write(event, salesOrder, itemCode, fields);
        queued.fire(new WebhookWorkQueued());
    }

    /** A ping for one subscription, delivered like any event; returns its delivery. */
    WebhookDelivery ping(WebhookSubscription subscription) {
        WebhookEvent event = write(PING, null, null, ApiJson.JSON.createObjectBuilder().add("subscription", subscription.getName()));
        event.fannedOut();
        em.flush(); // the event row before its delivery's, which refers to it
        WebhookDelivery delivery = new WebhookDelivery(subscription, event, event.getPayload(), Instant.now());
        em.persist(delivery);
        queued.fire(new WebhookWorkQueued());
        return delivery;
    }

    private WebhookEvent write(String event, String salesOrder, String itemCode, JsonObjectBuilder fields) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = "evt_" + Tokens.random(24);
        JsonObject payload = ApiJson.JSON.createObjectBuilder().add("id", id).add("event", event)
                .addAll(fields).add("occurred_at", now.toString()).build();
        WebhookEvent written = new WebhookEvent(id, event, salesOrder, itemCode, payload.toString(), now);
        em.persist(written);
        return written;
    }
}

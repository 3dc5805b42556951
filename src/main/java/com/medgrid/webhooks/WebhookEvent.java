package com.medgrid.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Something that happened and that subscribers may be told about, written in the transaction of
 * the change (the webhook outbox). Its name is the event id receivers deduplicate by; the payload
 * is the body as a subscriber who may read everything receives it. The relay fans it out to
 * subscriptions once ({@code fanned_out}).
 */
@Entity
@Table(name = "webhook_events")
public class WebhookEvent {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "event")
    private String event;

    @Column(name = "sales_order")
    private String salesOrder;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "payload")
    private String payload;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "fanned_out")
    private boolean fannedOut;

    protected WebhookEvent() {
    }

    WebhookEvent(String name, String event, String salesOrder, String itemCode, String payload, Instant occurredAt) {
        this.name = name;
        this.event = event;
        this.salesOrder = salesOrder;
        this.itemCode = itemCode;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    String getName() {
        return name;
    }

    String getEvent() {
        return event;
    }

    /** The order an order event is about; null for other events. */
    String getSalesOrder() {
        return salesOrder;
    }

    /** The item an inventory event is about; null for other events. */
    String getItemCode() {
        return itemCode;
    }

    String getPayload() {
        return payload;
    }

    void fannedOut() {
        fannedOut = true;
    }
}

package com.medgrid.webhooks;

import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.validation.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One try at a delivery, as its log shows it: when, the receiver's HTTP status (none if it did not answer), how long, what it said. */
@Entity
@Table(name = "webhook_delivery_attempts")
public class WebhookDeliveryAttempt {

    @Id
    @Column(name = "name")
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent")
    private WebhookDelivery delivery;

    @Column(name = "idx")
    private int idx;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "latency_ms")
    private long latencyMs;

    @Column(name = "response")
    private String response;

    @Column(name = "error")
    private String error;

    protected WebhookDeliveryAttempt() {
    }

    WebhookDeliveryAttempt(WebhookDelivery delivery, int idx, WebhookResponse outcome) {
        this.name = Tokens.random(16);
        this.delivery = delivery;
        this.idx = idx;
        this.attemptedAt = outcome.attemptedAt();
        this.statusCode = outcome.statusCode();
        this.latencyMs = outcome.latencyMs();
        this.response = TextRules.clip(outcome.snippet(), WebhookResponse.SNIPPET);
        this.error = TextRules.clip(outcome.error(), WebhookDelivery.MAX_TEXT);
    }

    Map<String, Object> toWire() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("idx", idx);
        row.put("attempted_at", FieldValues.toWire(attemptedAt));
        row.put("status_code", statusCode);
        row.put("latency_ms", latencyMs);
        row.put("response", response);
        row.put("error", error);
        return row;
    }
}

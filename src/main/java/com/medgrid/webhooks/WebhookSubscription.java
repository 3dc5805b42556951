package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiHidden;
import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a subscriber wants to be told about which events. Its owner is the subscriber; the signing
 * secrets are sealed ({@link WebhookSecrets}) and hidden from the resource API.
 */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription extends DocumentEntity {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "url")
    @NotBlank
    private String url;

    /** The event names as a JSON array, canonical ({@link WebhookEvents#toJson}). */
    @Column(name = "events")
    private String events;

    @Column(name = "enabled")
    private boolean enabled = true;

    @Column(name = "description")
    private String description;

    @ApiHidden
    @Column(name = "secret")
    private String secret;

    @ApiHidden
    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_expires_at")
    private Instant previousSecretExpiresAt;

    /** Since when every delivery has failed; null while deliveries succeed. */
    @Column(name = "failing_since")
    private Instant failingSince;

    /** Why the server disabled the subscription (410 Gone, failing for days); cleared when its owner enables it again. */
    @Column(name = "disabled_reason")
    private String disabledReason;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String name) {
        this.name = name;
    }

    /** Makes {@code sealed} the signing secret; the one it replaces, if any, keeps signing until {@code previousExpiresAt}. */
    void replaceSecret(String sealed, Instant previousExpiresAt) {
        if (secret != null) {
            previousSecret = secret;
            previousSecretExpiresAt = previousExpiresAt;
        }
        secret = sealed;
    }

    /** The sealed secrets that sign at {@code now}: the current one first, then the previous one within its overlap. */
    List<String> sealedSigningSecrets(Instant now) {
        List<String> signing = new ArrayList<>(List.of(secret));
        if (previousSecret != null && now.isBefore(previousSecretExpiresAt)) {
            signing.add(previousSecret);
        }
        return signing;
    }

    /** A delivery got through: the subscription is healthy again. */
    void deliverySucceeded() {
        failingSince = null;
    }

    /**
     * A delivery failed for good; once deliveries have failed continuously for {@code disableAfter},
     * the subscription is disabled, saying why. Returns whether it was disabled now.
     */
    boolean deliveryFailed(Instant now, Duration disableAfter) {
        if (failingSince == null) {
            failingSince = now;
        }
        if (enabled && !now.isBefore(failingSince.plus(disableAfter))) {
            disable("Disabled automatically: every delivery since " + failingSince + " failed (for "
                    + disableAfter.toDays() + " days or more). Fix the endpoint, then enable the subscription and replay the failed deliveries.");
            return true;
        }
        return false;
    }

    /** The receiver answered 410 Gone: it wants no more deliveries. */
    void gone(Instant now) {
        disable("Disabled at " + now + ": the endpoint answered 410 Gone.");
    }

    private void disable(String reason) {
        enabled = false;
        disabledReason = reason;
    }

    /** Its owner enabled it again: the server's reason for disabling it no longer holds. */
    void clearDisabledReason() {
        if (enabled && disabledReason != null) {
            disabledReason = null;
            failingSince = null;
        }
    }

    @Override
    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getEvents() {
        return WebhookEvents.fromJson(events);
    }

    void setEvents(List<String> names) {
        this.events = WebhookEvents.toJson(names);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getPreviousSecretExpiresAt() {
        return previousSecretExpiresAt;
    }
}

package com.medgrid.integrations;

import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.validation.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A vendor's (or, without a vendor, the platform's managed) connection to one integration: its
 * status, sealed credentials, the hash of the token in its webhook URL, and sync statistics.
 */
@Entity
@Table(name = "integration_connections")
@NamedQuery(name = IntegrationConnection.BY_WEBHOOK_TOKEN,
        query = "SELECT c FROM IntegrationConnection c WHERE c.webhookTokenHash = :hash")
public class IntegrationConnection extends DocumentEntity {

    static final String BY_WEBHOOK_TOKEN = "IntegrationConnection.byWebhookToken";

    public static final String CONNECTED = "connected";
    public static final String ERROR = "error";
    public static final String NOT_CONNECTED = "not_connected";
    /** Shown while a sync runs (its progress beside it); not stored as the status. */
    public static final String SYNCING = "syncing";
    /** A sync that started longer ago than this is taken to have died with its cluster member. */
    static final java.time.Duration SYNC_GIVEN_UP_AFTER = java.time.Duration.ofHours(2);
    static final String MANAGED = "managed";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "integration")
    private String integration;

    @Column(name = "vendor_profile")
    private String vendorProfile;

    @Column(name = "status")
    private String status;

    @Column(name = "credentials")
    private String credentials;

    @Column(name = "webhook_token_hash")
    private String webhookTokenHash;

    @Column(name = "last_sync_at")
    private Instant lastSyncAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "orders_pushed")
    private int ordersPushed;

    @Column(name = "tracking_pulled")
    private int trackingPulled;

    @Column(name = "sync_started_at")
    private Instant syncStartedAt;

    /** Counts of the running sync, as a JSON object. */
    @Column(name = "sync_progress")
    private String syncProgress;

    protected IntegrationConnection() {
    }

    IntegrationConnection(String integration, String vendorProfile) {
        this.name = nameOf(integration, vendorProfile);
        this.integration = integration;
        this.vendorProfile = vendorProfile;
        this.status = NOT_CONNECTED;
    }

    /** {@code shipstation-Skydell Fulfillment}, or {@code shipstation-managed} for the platform's own. */
    static String nameOf(String integration, String vendorProfile) {
        return integration + "-" + (vendorProfile == null ? MANAGED : vendorProfile);
    }

    void connect(String sealedCredentials, String webhookTokenHash) {
        this.credentials = sealedCredentials;
        this.webhookTokenHash = webhookTokenHash;
        this.status = CONNECTED;
        this.lastError = null;
    }

    void disconnect() {
        credentials = null;
        webhookTokenHash = null;
        status = NOT_CONNECTED;
        lastError = null;
    }

    void tested(String error) {
        status = error == null ? CONNECTED : ERROR;
        lastError = TextRules.clip(error, 1000);
    }

    void synced(Instant at, int pushed, int pulled, String error) {
        lastSyncAt = at;
        ordersPushed += pushed;
        trackingPulled += pulled;
        if (error != null) {
            lastError = TextRules.clip(error, 1000);
        }
    }

    void syncStarted(Instant at) {
        syncStartedAt = at;
        syncProgress = null;
    }

    void syncProgressed(String counts) {
        syncProgress = counts;
    }

    void syncEnded() {
        syncStartedAt = null;
        syncProgress = null;
    }

    /** The running sync's counts, when one runs (and has not been given up for dead). */
    public java.util.Optional<String> runningSync(Instant now) {
        if (syncStartedAt == null || syncStartedAt.plus(SYNC_GIVEN_UP_AFTER).isBefore(now)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(syncProgress == null ? "{}" : syncProgress);
    }

    @Override
    public String getName() {
        return name;
    }

    public String getIntegration() {
        return integration;
    }

    public String getVendorProfile() {
        return vendorProfile;
    }

    public String getStatus() {
        return status;
    }

    String getCredentials() {
        return credentials;
    }

    public Instant getLastSyncAt() {
        return lastSyncAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getOrdersPushed() {
        return ordersPushed;
    }

    public int getTrackingPulled() {
        return trackingPulled;
    }
}

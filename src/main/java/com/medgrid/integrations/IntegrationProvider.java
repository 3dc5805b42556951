package com.medgrid.integrations;

import com.medgrid.fulfillment.VendorDescription;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An integration vendors connect themselves (in {@code vendors/<vendor>}): what the registry in
 * {@code list_connections} shows, how credentials are checked, and what a manual sync does.
 */
public interface IntegrationProvider {

    /** The vendor it connects to: its key is the integration's id in the API, and it says the credentials and who connects. */
    VendorDescription description();

    default String id() {
        return description().key();
    }

    String tagline();

    /** How it authenticates, e.g. {@code api_key_secret}. */
    String authKind();

    /** The error when a credential field is missing (the API reference words ShipStation's). */
    default String missingCredentials() {
        return String.join(", ", description().credentialKeys()) + " are all required.";
    }

    /** Whether the webhook URL carries the connection's token: true for vendors that do not sign their webhooks. */
    default boolean tokenInWebhookUrl() {
        return true;
    }

    /**
     * Whether {@code owner} may have a connection of this integration: managed ones (PerfectRx) are the
     * platform's only (null owner), vendors do not see them; vendors-only ones (a vendor's own Shopify
     * store) are vendors' only.
     */
    default boolean connectableBy(String owner) {
        return switch (description().connections()) {
            case MANAGED -> owner == null;
            case SELF_SERVICE -> true;
            case VENDORS_ONLY -> owner != null;
        };
    }

    /**
     * @return the reason the service refused the credentials, or empty when it accepted them
     * @throws com.medgrid.fulfillment.VendorException when the service cannot tell now (down, rate limited)
     */
    Optional<String> probe(Map<String, String> credentials);

    /**
     * After a successful connect: e.g. subscribe the service's webhooks to {@code webhookUrl}. Most
     * vendors have nothing to call: no webhooks (their status is polled), or webhooks set up on their side.
     */
    default void connected(Map<String, String> credentials, String webhookUrl) {
        // nothing to subscribe
    }

    /** A manual sync of one connection; returns the stats object of the API reference. */
    SyncResult sync(Connection connection);

    /** What a sync did; {@code stats} is returned to the caller as it is. */
    record SyncResult(int pushed, int pulled, String error, Map<String, Object> stats) {
    }
}

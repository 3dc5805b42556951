package com.medgrid.integrations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An integration vendors connect themselves (in {@code vendors/<vendor>}): what the registry in
 * {@code list_connections} shows, how credentials are checked, and what a manual sync does.
 */
public interface IntegrationProvider {

    /** The integration's id in the API, e.g. {@code shipstation}. */
    String id();

    String label();

    String tagline();

    /** How it authenticates, e.g. {@code api_key_secret}. */
    String authKind();

    /** The credential fields a vendor supplies, e.g. {@code api_key}, {@code api_secret}. */
    List<String> credentialKeys();

    /** The error when a credential field is missing (the API reference words ShipStation's). */
    default String missingCredentials() {
        return String.join(", ", credentialKeys()) + " are all required.";
    }

    /** Whether the webhook URL carries the connection's token: true for vendors that do not sign their webhooks. */
    default boolean tokenInWebhookUrl() {
        return true;
    }

    /** Managed integrations (PerfectRx) are configured by admins for the platform; vendors do not see them. */
    default boolean managedOnly() {
        return false;
    }

    /** @return the reason the credentials do not work, or empty when the service accepted them */
    Optional<String> probe(Map<String, String> credentials);

    /** After a successful connect: e.g. subscribe the service's webhooks to {@code webhookUrl}. */
    void connected(Map<String, String> credentials, String webhookUrl);

    /** A manual sync of one connection; returns the stats object of the API reference. */
    SyncResult sync(Connection connection);

    /** What a sync did; {@code stats} is returned to the caller as it is. */
    record SyncResult(int pushed, int pulled, String error, Map<String, Object> stats) {
    }
}

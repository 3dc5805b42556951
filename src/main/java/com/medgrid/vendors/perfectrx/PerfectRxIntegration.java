package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.IntegrationProvider;
import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * PerfectRx as a managed integration: admins connect the platform's client credentials
 * ({@code medgrid.integrations.connect} with {@code integration_type: perfectrx}); checking them
 * means getting a token; connecting registers MedGrid's webhook.
 */
@ApplicationScoped
public class PerfectRxIntegration implements IntegrationProvider {

    @Inject
    PerfectRxCalls calls;

    @Override
    public VendorDescription description() {
        return PerfectRx.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "Prescriptions and OTC orders to the compounding pharmacy; shipping updates back.";
    }

    @Override
    public String authKind() {
        return "oauth2_client_credentials";
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        return calls.probe(credentials);
    }

    /** PerfectRx signs its webhooks with the client secret: its URL needs no token. */
    @Override
    public boolean tokenInWebhookUrl() {
        return false;
    }

    @Override
    public void connected(Map<String, String> credentials, String webhookUrl) {
        calls.registerWebhook(credentials, ApiJson.JSON.createObjectBuilder().add("url", webhookUrl).build());
    }

    @Override
    public SyncResult sync(Connection connection) {
        return new SyncResult(0, 0, null, Map.of("note", "PerfectRx orders go out with each submitted order; "
                + "use medgrid.perfectrx.poll_perfectrx_status for one order's status."));
    }
}

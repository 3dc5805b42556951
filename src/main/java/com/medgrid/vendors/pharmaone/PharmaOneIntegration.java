package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.IntegrationProvider;
import com.medgrid.integrations.PushAndPull;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * PharmaOne as a managed integration: admins connect the org's API key ({@code medgrid.integrations.connect}
 * with {@code integration_type: pharmaone}, {@code pharmaone_api_key}, {@code pharmaone_org_id}, and the
 * submission settings); checking it exchanges the key for a token. PharmaOne sends MedGrid no
 * webhooks, so a sync pushes the unsent orders and polls the open ones.
 */
@ApplicationScoped
public class PharmaOneIntegration implements IntegrationProvider {

    static final int SYNC_BATCH = 200;

    @Inject
    PharmaOneCalls calls;
    @Inject
    PushAndPull pushAndPull;

    @Override
    public VendorDescription description() {
        return PharmaOne.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "Pharmacy orders sent to a PharmaOne Manager org (v2 API, v1 order requests or its telemedicine connector); status polled back.";
    }

    @Override
    public String authKind() {
        return "api_key";
    }

    @Override
    public String missingCredentials() {
        return "pharmaone_api_key and pharmaone_org_id are required.";
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        return calls.probe(credentials);
    }

    /** Nothing to subscribe: status comes back by polling. */
    @Override
    public void connected(Map<String, String> credentials, String webhookUrl) {
        // DispatchPoller and sync below ask PharmaOne
    }

    @Override
    public SyncResult sync(Connection connection) {
        return pushAndPull.sync(PharmaOne.KEY, connection, SYNC_BATCH);
    }
}

package com.medgrid.vendors.sinq;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.IntegrationProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * SINQ Ops as a managed integration: admins connect the platform's account
 * ({@code medgrid.integrations.connect} with {@code integration_type: sinq}); checking the
 * credentials means SINQ accepting the API key, before anything is saved.
 */
@ApplicationScoped
public class SinqIntegration implements IntegrationProvider {

    @Inject
    SinqCalls calls;

    @Override
    public VendorDescription description() {
        return Sinq.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "OTC and HRT orders to SINQ Ops for fulfilment; shipment status back by webhook.";
    }

    @Override
    public String authKind() {
        return "api_key";
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        return calls.probe(credentials);
    }

    /** SINQ proves its webhooks with the key header (and signature): the URL needs no token. */
    @Override
    public boolean tokenInWebhookUrl() {
        return false;
    }

    @Override
    public SyncResult sync(Connection connection) {
        return new SyncResult(0, 0, null, Map.of("note", "SINQ Ops orders go out with each submitted order; "
                + "status and tracking come back by webhook."));
    }
}

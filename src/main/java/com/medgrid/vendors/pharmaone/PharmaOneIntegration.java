package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.PushAndPullIntegration;
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
public class PharmaOneIntegration extends PushAndPullIntegration {

    @Inject
    PharmaOneCalls calls;

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
}

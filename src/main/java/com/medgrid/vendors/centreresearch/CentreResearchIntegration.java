package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.PushAndPullIntegration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * Centre Research as a managed integration: admins connect the platform's API key
 * ({@code medgrid.integrations.connect} with {@code integration_type: centre_research}, and
 * {@code centre_research_api_url} unless it is the production API); checking it means asking the
 * API. Centre Research sends no webhooks, so a sync pushes the unsent orders and polls the open ones.
 */
@ApplicationScoped
public class CentreResearchIntegration extends PushAndPullIntegration {

    @Inject
    CentreResearchCalls calls;

    @Override
    public VendorDescription description() {
        return CentreResearch.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "Peptide orders placed with Centre Research as a sales channel partner; status and tracking polled back.";
    }

    @Override
    public String authKind() {
        return "api_key";
    }

    @Override
    public String missingCredentials() {
        return "centre_research_api_key is required.";
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        return calls.probe(credentials);
    }
}

package com.medgrid.vendors.mdi;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.IntegrationProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MD Integrations as a managed integration: admins connect the partner's client id and secret
 * ({@code medgrid.integrations.connect} with {@code integration_type: mdi}), and the Authorization
 * value and secret registered for its webhooks; checking them asks for a token. A sync forgets the
 * kept metadata and asks MD Integrations again.
 */
@ApplicationScoped
public class MdiIntegration implements IntegrationProvider {

    @Inject
    MdiCalls calls;
    @Inject
    MdiMetadata metadata;

    @Override
    public VendorDescription description() {
        return Mdi.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "Telehealth clinicians: cases for prescriptions ordered without a prescriber, released to the pharmacy on approval;"
                + " states, cities and intake questionnaires for clinics' patients.";
    }

    @Override
    public String authKind() {
        return "oauth2_client_credentials";
    }

    @Override
    public String missingCredentials() {
        return "mdi_client_id and mdi_client_secret are required.";
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        return calls.probe(credentials);
    }

    @Override
    public SyncResult sync(Connection connection) {
        metadata.refresh();
        Map<String, Object> stats = new LinkedHashMap<>();
        try {
            stats.put("states", metadata.states(null).size());
            stats.put("questionnaires", metadata.questionnaires().size());
            stats.put("round_trip_ok", true);
            return new SyncResult(0, 0, null, stats);
        } catch (VendorException e) {
            stats.put("round_trip_ok", false);
            stats.put("pull_errors", List.of(e.getMessage()));
            return new SyncResult(0, 0, e.getMessage(), stats);
        }
    }
}

package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.DispatchPoller;
import com.medgrid.fulfillment.DispatchRelay;
import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.IntegrationProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Centre Research as a managed integration: admins connect the platform's API key
 * ({@code medgrid.integrations.connect} with {@code integration_type: centre_research}, and
 * {@code centre_research_api_url} unless it is the production API); checking it means asking the
 * API. Centre Research sends no webhooks, so a sync pushes the unsent orders and polls the open ones.
 */
@ApplicationScoped
public class CentreResearchIntegration implements IntegrationProvider {

    /** What one sync pushes and polls at most, as for the poll timer's batches. */
    static final int SYNC_BATCH = 200;

    @Inject
    CentreResearchCalls calls;
    @Inject
    DispatchRelay relay;
    @Inject
    DispatchPoller poller;

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

    /** Nothing to subscribe: Centre Research has no webhooks. */
    @Override
    public void connected(Map<String, String> credentials, String webhookUrl) {
        // status comes back by polling (DispatchPoller, and sync below)
    }

    @Override
    public SyncResult sync(Connection connection) {
        DispatchRelay.PushOutcome pushed = relay.pushNow(CentreResearch.KEY, null, SYNC_BATCH);
        DispatchPoller.Outcome pulled = poller.poll(CentreResearch.KEY, connection.name(), SYNC_BATCH);
        List<String> errors = new ArrayList<>(pushed.errors());
        errors.addAll(pulled.errors());
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("orders_pushed", pushed.sent());
        stats.put("tracking_pulled", pulled.applied());
        stats.put("round_trip_ok", errors.isEmpty());
        stats.put("push_errors", pushed.errors());
        stats.put("pull_errors", pulled.errors());
        // the connector counts each order it places on the connection itself
        return new SyncResult(0, pulled.applied(), errors.isEmpty() ? null : errors.get(0), stats);
    }
}

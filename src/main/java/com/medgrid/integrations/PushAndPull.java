package com.medgrid.integrations;

import com.medgrid.fulfillment.DispatchPoller;
import com.medgrid.fulfillment.DispatchRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A manual sync as most vendors do it: send the connection's unsent dispatches now, then ask the
 * vendor about its open orders, and answer with the API reference's stats.
 */
@ApplicationScoped
public class PushAndPull {

    @Inject
    DispatchRelay relay;
    @Inject
    DispatchPoller poller;

    public IntegrationProvider.SyncResult sync(String vendor, Connection connection, int batch) {
        DispatchRelay.PushOutcome pushed = relay.pushNow(vendor, connection.vendorProfile(), batch);
        DispatchPoller.Outcome pulled = poller.poll(vendor, connection.name(), batch);
        List<String> errors = new ArrayList<>(pushed.errors());
        errors.addAll(pulled.errors());
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("orders_pushed", pushed.sent());
        stats.put("tracking_pulled", pulled.applied());
        stats.put("round_trip_ok", errors.isEmpty());
        stats.put("push_errors", pushed.errors());
        stats.put("pull_errors", pulled.errors());
        // the connector counts each order it places on the connection itself
        return new IntegrationProvider.SyncResult(0, pulled.applied(), errors.isEmpty() ? null : errors.get(0), stats);
    }
}

package com.medgrid.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.util.function.Supplier;

/**
 * Request count and latency per API endpoint ({@code medgrid_api_request_seconds{endpoint=...}} on
 * /metrics). The runtime's own REST metrics see only the two dispatching resources, not the
 * hundreds of endpoints behind them. Only resolved endpoints are timed, so labels stay bounded.
 */
@ApplicationScoped
public class EndpointMetrics {

    private static final Metadata REQUESTS = Metadata.builder()
            .withName("medgrid.api.request")
            .withDescription("MedGrid API requests by endpoint")
            .withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    MetricRegistry registry;

    public <T> T time(String endpoint, Supplier<T> call) {
        Timer timer = registry.timer(REQUESTS, new Tag("endpoint", endpoint));
        try (Timer.Context ignored = timer.time()) {
            return call.get();
        }
    }
}

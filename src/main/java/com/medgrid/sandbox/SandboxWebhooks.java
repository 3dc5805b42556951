package com.medgrid.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How every vendor simulator calls MedGrid back, as the real vendor would: the body and the
 * vendor's headers (its signature, its key) posted in the background, never in the request that
 * caused it, so a simulator answers at once and MedGrid's webhook sees a separate request.
 */
@ApplicationScoped
public class SandboxWebhooks {

    private static final Logger LOG = Logger.getLogger(SandboxWebhooks.class.getName());

    /** When a vendor that retries sends a notice again after MedGrid did not take it: seconds after the first try. */
    static final List<Long> RESENDS = List.of(5L, 15L, 30L);

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private Client client;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * As {@link #post}, for a vendor that retries its notices: one MedGrid did not take (404, as for an
     * order MedGrid has not recorded yet because the vendor's answer to placing it was lost; 5xx; no
     * answer) is sent again {@link #RESENDS} seconds after the first try.
     */
    public void postRetrying(String vendor, String target, byte[] body, Map<String, String> headers) {
        resend(vendor, target, body, headers, 0);
    }

    private void resend(String vendor, String target, byte[] body, Map<String, String> headers, int attempt) {
        post(vendor, target, body, headers).whenComplete((status, failure) -> {
            boolean taken = failure == null && status != 404 && status < 500;
            if (!taken && attempt < RESENDS.size()) {
                long delay = RESENDS.get(attempt) - (attempt == 0 ? 0 : RESENDS.get(attempt - 1));
                scheduler.schedule(() -> resend(vendor, target, body, headers, attempt + 1), delay, TimeUnit.SECONDS);
            }
        });
    }

    /**
     * Posts {@code body} (JSON) to {@code target} with the vendor's {@code headers}, in the background.
     *
     * @return MedGrid's HTTP status once it answered (a simulator that records its deliveries reads it),
     *         or an exception when the webhook could not be delivered
     */
    public CompletableFuture<Integer> post(String vendor, String target, byte[] body, Map<String, String> headers) {
        return CompletableFuture.supplyAsync(() -> {
            Invocation.Builder request = client.target(target).request();
            headers.forEach(request::header);
            try (Response response = request.post(Entity.entity(body, MediaType.APPLICATION_JSON))) {
                LOG.fine(() -> "Sandbox " + vendor + " webhook → HTTP " + response.getStatus());
                return response.getStatus();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sandbox " + vendor + " could not deliver a webhook to " + target, e);
                throw e;
            }
        }, executor);
    }
}

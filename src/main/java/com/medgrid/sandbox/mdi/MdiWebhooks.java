package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.sandbox.SandboxStore;
import com.medgrid.sandbox.SandboxWebhooks;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MDI's webhooks to a partner: where a client's events go ({@code url}, the {@code Authorization}
 * value it registered, the {@code secret} MDI signs with), the demo partner's built in (MedGrid's
 * own endpoint). Each event is one delivery, recorded with the exact bytes sent ({@link PhpJson}) and
 * every attempt; one the partner did not take (no answer, or not 2xx) is sent again, the same bytes,
 * {@link #RETRIES} times every {@code retry_interval_seconds} (MDI's 15 minutes scaled down to 15 s).
 * Retries are scheduled in memory: a restart forgets them, as it is only a simulator.
 */
@ApplicationScoped
public class MdiWebhooks {

    static final int RETRIES = 4;
    static final long DEFAULT_RETRY_INTERVAL_SECONDS = 15;
    static final String DEMO_WEBHOOK_PATH = "/api/method/medgrid.mdi.webhook";
    private static final String WEBHOOKS = "webhook";
    private static final String DELIVERIES = "delivery";
    private static final String DELIVERY_OWNERS = "delivery_owner";
    /** How long a resend control waits for the partner's answer before saying it is queued. */
    private static final long RESEND_WAIT_SECONDS = 5;

    /** Where and how a client's events go. */
    record Webhook(String url, String authorization, String secret, long retryIntervalSeconds) {
    }

    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;
    @Inject
    SandboxStore store;
    @Inject
    SandboxWebhooks webhooks;
    @Resource
    ManagedScheduledExecutorService scheduler;

    Optional<Webhook> of(String clientId) {
        if (MdiClients.DEMO_CLIENT.equals(clientId)) {
            return Optional.of(new Webhook(publicUrl + DEMO_WEBHOOK_PATH, MdiClients.DEMO_WEBHOOK_AUTHORIZATION, MdiClients.DEMO_WEBHOOK_SECRET,
                    DEFAULT_RETRY_INTERVAL_SECONDS));
        }
        return store.get(MdiSandbox.VENDOR, clientId, WEBHOOKS, clientId).map(w -> new Webhook(w.getString("url"),
                w.getString("authorization"), w.getString("secret"), w.getJsonNumber("retry_interval_seconds").longValue()));
    }

    /**
     * Where the client's events go from now on. The secret is kept in clear, unlike a client's: the
     * simulator signs with it, as MDI does.
     *
     * @throws IllegalArgumentException for the demo client, whose webhook is MedGrid's
     */
    void register(String clientId, Webhook webhook) {
        if (MdiClients.DEMO_CLIENT.equals(clientId)) {
            throw new IllegalArgumentException(MdiClients.DEMO_CLIENT + "'s webhook is MedGrid's: register a client of your own");
        }
        store.put(MdiSandbox.VENDOR, clientId, WEBHOOKS, clientId, ApiJson.JSON.createObjectBuilder().add("url", webhook.url())
                .add("authorization", webhook.authorization()).add("secret", webhook.secret())
                .add("retry_interval_seconds", webhook.retryIntervalSeconds()).build());
    }

    /** Sends the event (retrying as MDI does); its delivery id, or none when the client has no webhook. */
    Optional<String> send(String clientId, String caseId, JsonObject payload) {
        Optional<Webhook> webhook = of(clientId);
        if (webhook.isEmpty()) {
            return Optional.empty();
        }
        String body = PhpJson.encode(payload);
        String deliveryId = UUID.randomUUID().toString();
        store.put(MdiSandbox.VENDOR, clientId, DELIVERIES, deliveryId, ApiJson.JSON.createObjectBuilder().add("delivery_id", deliveryId)
                .add("event_type", payload.getString("event_type")).add("case_id", caseId).add("timestamp", payload.getJsonNumber("timestamp"))
                .add("body", body).add("signature", HmacSigner.hex(webhook.get().secret(), bytes(body)))
                .add("attempts", ApiJson.JSON.createArrayBuilder()).add("delivered", false).build());
        store.put(MdiSandbox.VENDOR, MdiSandbox.INDEX_ACCOUNT, DELIVERY_OWNERS, deliveryId,
                ApiJson.JSON.createObjectBuilder().add("client_id", clientId).build());
        deliver(clientId, deliveryId, bytes(body), 0);
        return Optional.of(deliveryId);
    }

    /** The client's deliveries (of one case, unless {@code caseId} is null), oldest first. */
    JsonArray deliveries(String clientId, String caseId) {
        JsonArrayBuilder list = ApiJson.JSON.createArrayBuilder();
        store.all(MdiSandbox.VENDOR, clientId, DELIVERIES).stream().map(record -> record.body())
                .filter(delivery -> caseId == null || caseId.equals(delivery.getString("case_id"))).forEach(list::add);
        return list.build();
    }

    /**
     * Sends a delivery's bytes once more, now, to the client's webhook as registered now (a late
     * retry, arriving after newer events): {@code {delivery_id, attempt}} once the partner answered, or
     * {@code {delivery_id, queued: true}} if it takes long. None for an unknown delivery.
     */
    Optional<JsonObject> resend(String deliveryId) {
        Optional<String> clientId = store.get(MdiSandbox.VENDOR, MdiSandbox.INDEX_ACCOUNT, DELIVERY_OWNERS, deliveryId)
                .map(owner -> owner.getString("client_id"));
        Optional<JsonObject> delivery = clientId.flatMap(client -> store.get(MdiSandbox.VENDOR, client, DELIVERIES, deliveryId));
        if (delivery.isEmpty()) {
            return Optional.empty();
        }
        CompletableFuture<JsonObject> attempt = attempt(clientId.get(), deliveryId, bytes(delivery.get().getString("body")));
        var answer = ApiJson.JSON.createObjectBuilder().add("delivery_id", deliveryId);
        try {
            return Optional.of(answer.add("attempt", attempt.get(RESEND_WAIT_SECONDS, TimeUnit.SECONDS)).build());
        } catch (TimeoutException e) {
            return Optional.of(answer.add("queued", true).build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(answer.add("queued", true).build());
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not record the resend of " + deliveryId, e.getCause());
        }
    }

    /** Attempt {@code retry} (0: the first) and, if it was not taken, the next one an interval later. */
    private void deliver(String clientId, String deliveryId, byte[] body, int retry) {
        attempt(clientId, deliveryId, body).thenAccept(result -> {
            if (!taken(result) && retry < RETRIES) {
                long interval = of(clientId).map(Webhook::retryIntervalSeconds).orElse(DEFAULT_RETRY_INTERVAL_SECONDS);
                scheduler.schedule(() -> deliver(clientId, deliveryId, body, retry + 1), interval, TimeUnit.SECONDS);
            }
        });
    }

    /** Posts the bytes to the client's webhook as registered now and records the attempt: {@code {at, status}} or {@code {at, error}}. */
    private CompletableFuture<JsonObject> attempt(String clientId, String deliveryId, byte[] body) {
        String at = Instant.now().toString();
        CompletableFuture<Integer> posted = of(clientId).map(webhook -> webhooks.post("MD Integrations", webhook.url(), body, Map.of(
                        "Accept", "application/json", "Authorization", webhook.authorization(), "Signature", HmacSigner.hex(webhook.secret(), body))))
                .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException("the client has no webhook")));
        return posted.handle((status, failure) -> {
            var attempt = ApiJson.JSON.createObjectBuilder().add("at", at);
            JsonObject result = failure == null ? attempt.add("status", status).build() : attempt.add("error", describe(failure)).build();
            store.update(MdiSandbox.VENDOR, clientId, DELIVERIES, deliveryId, null, null, delivery -> ApiJson.JSON.createObjectBuilder(delivery)
                    .add("attempts", ApiJson.JSON.createArrayBuilder(delivery.getJsonArray("attempts")).add(result))
                    .add("delivered", delivery.getBoolean("delivered") || taken(result)).build());
            return result;
        });
    }

    private static boolean taken(JsonObject attempt) {
        return attempt.containsKey("status") && attempt.getInt("status") / 100 == 2;
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** {@link PhpJson} writes ASCII only: these are the bytes MDI sends and signs. */
    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}

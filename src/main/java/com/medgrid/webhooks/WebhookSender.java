package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.outbox.RetryAfter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Makes one delivery attempt: POSTs the signed body and reads how the receiver answered, never
 * following a redirect and waiting no longer than the timeout. The URL is checked again right
 * before each attempt, because a host name can resolve to another address since the subscription
 * was saved (DNS rebinding); the JVM caches the answer it checked (30 s by default), so the client
 * connects to the address that was checked.
 */
@ApplicationScoped
public class WebhookSender {

    private static final String USER_AGENT = "MedGrid-Webhooks/1.0";

    @Inject
    WebhookSettings settings;

    private HttpClient client;
    private WebhookUrls urls;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        urls = settings.urls();
    }

    /** What one attempt to send {@code body} to {@code url} with these headers came to; never throws for the receiver's faults. */
    WebhookResponse send(String url, String body, Map<String, String> headers) {
        Instant start = Instant.now();
        long started = System.nanoTime();
        try {
            urls.check(url);
        } catch (ApiException e) {
            return WebhookResponse.noAnswer(start, 0, "Not sent: " + e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String snippet;
            try (InputStream in = response.body()) {
                snippet = new String(in.readNBytes(WebhookResponse.SNIPPET), StandardCharsets.UTF_8);
            }
            return new WebhookResponse(start, response.statusCode(), elapsed(started), snippet, null,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null)));
        } catch (HttpTimeoutException e) {
            return WebhookResponse.noAnswer(start, elapsed(started), "No answer within " + settings.timeout().toSeconds() + " s.");
        } catch (IOException e) {
            return WebhookResponse.noAnswer(start, elapsed(started), "Could not reach the endpoint: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WebhookResponse.noAnswer(start, elapsed(started), "Interrupted while sending.");
        }
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}

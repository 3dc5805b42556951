package com.medgrid.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a receiver answered one delivery attempt. {@code statusCode} is null when it did not answer
 * (timeout, refused connection, an address it may not be sent to); {@code snippet} is the start of
 * its body; {@code retryAfter} what its {@code Retry-After} asked for.
 */
record WebhookResponse(Instant attemptedAt, Integer statusCode, long latencyMs, String snippet, String error, Optional<Duration> retryAfter) {

    /** How much of a receiver's answer the log keeps. */
    static final int SNIPPET = 500;

    static WebhookResponse noAnswer(Instant attemptedAt, long latencyMs, String error) {
        return new WebhookResponse(attemptedAt, null, latencyMs, null, error, Optional.empty());
    }

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the receiver says the endpoint is no more, so the subscription is disabled. */
    boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    /** Worth another try: no answer, a server error, 429 Too Many Requests or 408 Request Timeout; other answers are final. */
    boolean retryable() {
        return statusCode == null || statusCode >= 500 || statusCode == 429 || statusCode == 408;
    }

    /** What the delivery's {@code last_error} says of a failed attempt. */
    String describe() {
        if (statusCode == null) {
            return error;
        }
        return "HTTP " + statusCode + (snippet == null || snippet.isBlank() ? "" : ": " + snippet);
    }
}

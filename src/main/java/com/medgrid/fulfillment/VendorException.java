package com.medgrid.fulfillment;

import java.time.Duration;
import java.util.Optional;

/**
 * A vendor did not take a dispatch. Retryable: it was down, slow, rate limited or answered
 * garbage, so the relay tries again later (not before {@link #retryAfter()} when the vendor said
 * so). Rejected: it refused the content (4xx), so an admin has to look at it. Not configured:
 * there is no working connection (none yet, or its credentials were refused), so the dispatch
 * waits for one.
 */
public class VendorException extends RuntimeException {

    enum Kind { UNAVAILABLE, RATE_LIMITED, REJECTED, NOT_CONFIGURED }

    private final Kind kind;
    private final Duration retryAfter;

    private VendorException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static VendorException unavailable(String message, Throwable cause) {
        return new VendorException(Kind.UNAVAILABLE, message, null, cause);
    }

    public static VendorException rateLimited(String message, Duration retryAfter) {
        return new VendorException(Kind.RATE_LIMITED, message, retryAfter, null);
    }

    public static VendorException rejected(String message) {
        return new VendorException(Kind.REJECTED, message, null, null);
    }

    public static VendorException notConfigured(String message) {
        return new VendorException(Kind.NOT_CONFIGURED, message, null, null);
    }

    public boolean retryable() {
        return kind == Kind.UNAVAILABLE || kind == Kind.RATE_LIMITED;
    }

    public boolean notConfigured() {
        return kind == Kind.NOT_CONFIGURED;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

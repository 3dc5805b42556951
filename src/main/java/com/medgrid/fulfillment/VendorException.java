package com.medgrid.fulfillment;

import java.time.Duration;
import java.util.Optional;

/**
 * A vendor did not take a dispatch. Retryable: it was down, slow, rate limited or answered
 * garbage, so the relay tries again later (not before {@link #retryAfter()} when the vendor said
 * so). Not retryable: it refused the content (4xx), so an admin has to look at it.
 */
public class VendorException extends RuntimeException {

    private final boolean retryable;
    private final Duration retryAfter;

    private VendorException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public static VendorException unavailable(String message, Throwable cause) {
        return new VendorException(message, true, null, cause);
    }

    public static VendorException rateLimited(String message, Duration retryAfter) {
        return new VendorException(message, true, retryAfter, null);
    }

    public static VendorException rejected(String message) {
        return new VendorException(message, false, null, null);
    }

    public boolean retryable() {
        return retryable;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package com.medgrid.fulfillment;

import java.time.Duration;
import java.util.Optional;

/**
 * A vendor did not do what was asked, as one of four kinds, each its own class so that Fault
 * Tolerance annotations can tell them apart ({@code skipOn}, {@code abortOn}):
 * {@link Unavailable} (down, slow, garbage: retry later), {@link RateLimited} (retry after its wait),
 * {@link Rejected} (the vendor refused the content: an admin looks) and {@link NotConfigured} (no
 * working connection, or credentials refused: the dispatch waits for the vendor to connect).
 */
public abstract class VendorException extends RuntimeException {

    /** When to try again, if the vendor (or the circuit breaker) says. */
    private final Duration retryAfter;
    /** False when MedGrid's own guards held the call back: the vendor was not asked. */
    private final boolean vendorAsked;

    private VendorException(String message, Throwable cause, Duration retryAfter, boolean vendorAsked) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.vendorAsked = vendorAsked;
    }

    /** The vendor was down, slow or answered garbage: worth trying again later. */
    public static final class Unavailable extends VendorException {
        Unavailable(String message, Throwable cause, Duration retryAfter, boolean vendorAsked) {
            super(message, cause, retryAfter, vendorAsked);
        }
    }

    /** The vendor (or MedGrid's own limiter for it) asks to wait before the next call. */
    public static final class RateLimited extends VendorException {
        RateLimited(String message, Duration retryAfter, boolean vendorAsked) {
            super(message, null, retryAfter, vendorAsked);
        }
    }

    /** The vendor refused the request's content: sending it again will not help. */
    public static final class Rejected extends VendorException {
        Rejected(String message) {
            super(message, null, null, true);
        }
    }

    /** No working connection to the vendor: none yet, or its credentials were refused. */
    public static final class NotConfigured extends VendorException {
        NotConfigured(String message) {
            super(message, null, null, true);
        }
    }

    public static VendorException unavailable(String message, Throwable cause) {
        return new Unavailable(message, cause, null, true);
    }

    /** Unavailable, and not worth asking before {@code retryAfter} (the vendor said so: it is under maintenance). */
    public static VendorException unavailableUntil(String message, Duration retryAfter) {
        return new Unavailable(message, null, retryAfter, true);
    }

    /** Not asked: MedGrid's own guard held the call back (its circuit is open, its bulkhead full) until {@code retryAfter}. */
    public static VendorException heldBack(String message, Duration retryAfter) {
        return new Unavailable(message, null, retryAfter, false);
    }

    /** The vendor answered that it is asked too often (HTTP 429 or its own words). */
    public static VendorException rateLimited(String message, Duration retryAfter) {
        return new RateLimited(message, retryAfter, true);
    }

    /** Not asked: MedGrid's own limit for the vendor has no request left for {@code retryAfter}. */
    public static VendorException rateLimitedHere(String message, Duration retryAfter) {
        return new RateLimited(message, retryAfter, false);
    }

    public static VendorException rejected(String message) {
        return new Rejected(message);
    }

    public static VendorException notConfigured(String message) {
        return new NotConfigured(message);
    }

    /**
     * Runs a vendor call made during a caller's request: a vendor fault becomes a clear 417 naming
     * {@code vendor}, rather than a 500 (nothing is lost; the relay retries orders by itself).
     */
    public static <T> T duringRequest(String vendor, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (VendorException e) {
            throw com.medgrid.platform.api.ApiException.validation(vendor + ": " + e.getMessage());
        }
    }

    public boolean retryable() {
        return this instanceof Unavailable || this instanceof RateLimited;
    }

    public boolean notConfigured() {
        return this instanceof NotConfigured;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether the vendor was asked at all (not when MedGrid's own guards held the call back). */
    public boolean vendorAsked() {
        return vendorAsked;
    }
}

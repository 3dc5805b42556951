package com.medgrid.platform.ratelimit;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A vendor's documented limit: {@code permits} calls per sliding {@code window}. */
public record RateLimit(int permits, Duration window) {

    public RateLimit {
        if (permits < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs at least one permit per positive window.");
        }
    }

    /** Parses configuration such as {@code 40/PT1M} (ISO-8601 duration after the slash). */
    public static RateLimit parse(String text) {
        String[] parts = text.trim().split("/", 2);
        try {
            return new RateLimit(Integer.parseInt(parts[0].trim()), Duration.parse(parts[1].trim()));
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Rate limit must look like 40/PT1M, got " + text, e);
        }
    }
}

package com.medgrid.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How long a receiver (a vendor, a webhook endpoint) asked us to wait in {@code Retry-After}: seconds, or an HTTP date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the header asks for (never negative); empty for no header or one that is neither form. */
    public static Optional<Duration> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        return seconds(header).or(() -> date(header));
    }

    /** A header that holds whole seconds, as some vendors also send in their own reset headers. */
    public static Optional<Duration> seconds(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> date(String value) {
        try {
            Duration until = Duration.between(Instant.now(), ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

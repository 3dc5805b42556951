package com.medgrid.platform.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retry-After as vendors and webhook receivers send it. */
class RetryAfterTest {

    @Test
    void secondsAndHttpDatesAreHonouredAndAnythingElseIsIgnored() {
        assertEquals(Optional.of(Duration.ofSeconds(3)), RetryAfter.parse(" 3 "));
        Duration untilDate = RetryAfter.parse(ZonedDateTime.now().plusMinutes(2).format(DateTimeFormatter.RFC_1123_DATE_TIME)).orElseThrow();
        assertTrue(untilDate.compareTo(Duration.ofSeconds(100)) > 0 && untilDate.compareTo(Duration.ofSeconds(121)) <= 0, untilDate.toString());
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT"), "a date in the past: no wait");
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("-1"));
        assertEquals(Optional.empty(), RetryAfter.parse("soon"));
        assertEquals(Optional.empty(), RetryAfter.parse(null));
    }
}

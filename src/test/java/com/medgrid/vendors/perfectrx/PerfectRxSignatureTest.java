package com.medgrid.vendors.perfectrx;

import com.medgrid.platform.inbox.ReplayGuard;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerfectRxSignatureTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    private static final byte[] BODY = "{\"event\":\"ORDER_SHIPPED\",\"referenceId\":\"PRX-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCorrectlySignedFreshRequestPasses() {
        String signature = PerfectRxSignature.sign("client-secret", "n-1", "1800000000", BODY);
        assertEquals(64, signature.length());
        assertEquals(Optional.empty(), PerfectRxSignature.check("client-secret", signature, "n-1", "1800000000", BODY, NOW));
        assertEquals(Optional.empty(), PerfectRxSignature.check("client-secret", signature, "n-1", "1800000000", BODY, NOW.plusSeconds(299)));
    }

    @Test
    void anyChangeOrAStaleTimestampFails() {
        String signature = PerfectRxSignature.sign("client-secret", "n-1", "1800000000", BODY);
        assertTrue(PerfectRxSignature.check("other-secret", signature, "n-1", "1800000000", BODY, NOW).isPresent());
        assertTrue(PerfectRxSignature.check("client-secret", signature, "n-2", "1800000000", BODY, NOW).isPresent());
        assertTrue(PerfectRxSignature.check("client-secret", signature, "n-1", "1800000000", "{}".getBytes(StandardCharsets.UTF_8), NOW).isPresent());
        assertEquals(Optional.of("X-PerfectRx-Timestamp is more than 5 minutes from now."),
                PerfectRxSignature.check("client-secret", signature, "n-1", "1800000000", BODY, NOW.plusSeconds(301)));
        assertTrue(PerfectRxSignature.check("client-secret", null, "n-1", "1800000000", BODY, NOW).isPresent());
        assertTrue(PerfectRxSignature.check("client-secret", signature, "n-1", "yesterday", BODY, NOW).isPresent());
    }

    @Test
    void aNonceIsRememberedForLongerThanItsTimestampIsAccepted() {
        // a timestamp passes within WINDOW either way, so a replay can come up to twice WINDOW after the first use
        assertTrue(PerfectRxSignature.WINDOW.multipliedBy(2).compareTo(ReplayGuard.MEMORY) < 0);
    }

    @Test
    void timestampsAtTheEdgesOfALongAreRefusedNotOverflowed() {
        for (long seconds : new long[]{Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 1000, -1, 0}) {
            String timestamp = Long.toString(seconds);
            String signature = PerfectRxSignature.sign("client-secret", "n-1", timestamp, BODY);
            assertEquals(Optional.of("X-PerfectRx-Timestamp is more than 5 minutes from now."),
                    PerfectRxSignature.check("client-secret", signature, "n-1", timestamp, BODY, NOW), timestamp);
        }
        assertEquals(Optional.of("X-PerfectRx-Timestamp is not Unix seconds."),
                PerfectRxSignature.check("client-secret", "00", "n-1", "99999999999999999999", BODY, NOW));
    }
}

package com.medgrid.vendors.pharmaone;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PharmaOneTokensTest {

    private static final Map<String, String> KEY = Map.of("pharmaone_org_id", "org_1", "pharmaone_api_key", "key-1");
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aTokenIsKeptUntilFiveMinutesBeforeItExpires() {
        PharmaOneTokens tokens = new PharmaOneTokens();
        tokens.keep(KEY, "jwt-1", Duration.ofHours(1), NOW);
        assertEquals(Optional.of("jwt-1"), tokens.current(KEY, NOW.plus(Duration.ofMinutes(54))));
        assertEquals(Optional.empty(), tokens.current(KEY, NOW.plus(Duration.ofMinutes(55))));
    }

    @Test
    void aShortLivedTokenIsRenewedAfterFourFifthsOfItsLife() {
        PharmaOneTokens tokens = new PharmaOneTokens();
        tokens.keep(KEY, "jwt-1", Duration.ofSeconds(100), NOW);
        assertEquals(Optional.of("jwt-1"), tokens.current(KEY, NOW.plusSeconds(79)));
        assertEquals(Optional.empty(), tokens.current(KEY, NOW.plusSeconds(80)));
    }

    @Test
    void tokensAreKeptPerOrgAndKeyAndCanBeForgotten() {
        PharmaOneTokens tokens = new PharmaOneTokens();
        tokens.keep(KEY, "jwt-1", Duration.ofHours(1), NOW);
        assertEquals(Optional.empty(), tokens.current(Map.of("pharmaone_org_id", "org_1", "pharmaone_api_key", "key-2"), NOW));
        assertEquals(Optional.empty(), tokens.current(Map.of("pharmaone_org_id", "org_2", "pharmaone_api_key", "key-1"), NOW));
        tokens.forget(KEY);
        assertEquals(Optional.empty(), tokens.current(KEY, NOW));
    }
}

package com.medgrid.platform.oauth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OAuthBearerTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-06T10:00:00Z");

    private static OAuthBearerToken token() {
        return new OAuthBearerToken("hash", new OAuthClient("client"), List.of("emr", "catalog.read"), ISSUED,
                ISSUED.plus(Duration.ofHours(1)));
    }

    @Test
    void aTokenWorksUntilItExpires() {
        OAuthBearerToken token = token();
        assertTrue(token.isActive(ISSUED));
        assertTrue(token.isActive(ISSUED.plus(Duration.ofMinutes(59))));
        assertFalse(token.isActive(ISSUED.plus(Duration.ofHours(1))));
        assertEquals(List.of("emr", "catalog.read"), token.getScopes());
    }

    @Test
    void aRevokedTokenStopsAtOnceAndKeepsItsFirstRevocationTime() {
        OAuthBearerToken token = token();
        token.revoke(ISSUED.plusSeconds(10));
        assertFalse(token.isActive(ISSUED.plusSeconds(11)));
        token.revoke(ISSUED.plusSeconds(20));
        assertFalse(token.isActive(ISSUED.plusSeconds(21)));
    }
}

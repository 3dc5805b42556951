package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VendorTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aTokenIsKeptUntilFiveMinutesBeforeItExpires() {
        VendorTokens tokens = new VendorTokens();
        tokens.keep("pharmaone", "org_1:key-1", "jwt-1", Duration.ofHours(1), NOW);
        assertEquals(Optional.of("jwt-1"), tokens.current("pharmaone", "org_1:key-1", NOW.plus(Duration.ofMinutes(54))));
        assertEquals(Optional.empty(), tokens.current("pharmaone", "org_1:key-1", NOW.plus(Duration.ofMinutes(55))));
    }

    @Test
    void aShortLivedTokenIsRenewedAfterFourFifthsOfItsLife() {
        VendorTokens tokens = new VendorTokens();
        tokens.keep("pharmaone", "org_1:key-1", "jwt-1", Duration.ofSeconds(100), NOW);
        assertEquals(Optional.of("jwt-1"), tokens.current("pharmaone", "org_1:key-1", NOW.plusSeconds(79)));
        assertEquals(Optional.empty(), tokens.current("pharmaone", "org_1:key-1", NOW.plusSeconds(80)));
    }

    @Test
    void tokensAreKeptPerVendorAndCredentialsAndCanBeForgotten() {
        VendorTokens tokens = new VendorTokens();
        tokens.keep("pharmaone", "org_1:key-1", "jwt-1", Duration.ofHours(1), NOW);
        assertEquals(Optional.empty(), tokens.current("pharmaone", "org_1:key-2", NOW));
        assertEquals(Optional.empty(), tokens.current("mdi", "org_1:key-1", NOW));
        tokens.forget("pharmaone", "org_1:key-1");
        assertEquals(Optional.empty(), tokens.current("pharmaone", "org_1:key-1", NOW));
    }

    @Test
    void aKeptTokenTheVendorRefusesIsReplacedOnceAndANewOnesRefusalIsFinal() {
        VendorTokens tokens = new VendorTokens();
        java.util.List<String> issued = new java.util.ArrayList<>();
        java.util.function.Supplier<String> exchange = () -> {
            String token = "jwt-" + (issued.size() + 1);
            issued.add(token);
            tokens.keep("mdi", "client", token, Duration.ofHours(1), Instant.now());
            return token;
        };
        assertEquals("ok with jwt-1", tokens.withToken("mdi", "client", exchange, token -> "ok with " + token));
        assertEquals("ok with jwt-1", tokens.withToken("mdi", "client", exchange, token -> "ok with " + token), "kept");
        assertEquals("ok with jwt-2", tokens.withToken("mdi", "client", exchange, token -> {
            if (token.equals("jwt-1")) {
                throw VendorException.notConfigured("revoked");
            }
            return "ok with " + token;
        }));
        org.junit.jupiter.api.Assertions.assertThrows(VendorException.NotConfigured.class, () -> tokens.withToken("mdi", "other", exchange,
                token -> {
                    throw VendorException.notConfigured("wrong secret");
                }));
        assertEquals(3, issued.size(), "a new token's refusal is not tried again");
    }

    @Test
    void anIssuedTokenIsKeptForItsExpiresInOrAnHour() {
        VendorTokens tokens = new VendorTokens();
        jakarta.json.JsonObject answer = jakarta.json.Json.createObjectBuilder().add("access_token", "t-1").add("expires_in", 100).build();
        assertEquals("t-1", tokens.keepIssued("mdi", "MD Integrations", "client", answer, NOW));
        assertEquals(Optional.empty(), tokens.current("mdi", "client", NOW.plusSeconds(80)));
        tokens.keepIssued("mdi", "MD Integrations", "other", jakarta.json.Json.createObjectBuilder().add("access_token", "t-2").build(), NOW);
        assertEquals(Optional.of("t-2"), tokens.current("mdi", "other", NOW.plus(Duration.ofMinutes(54))));
        VendorException missing = org.junit.jupiter.api.Assertions.assertThrows(VendorException.Unavailable.class,
                () -> tokens.keepIssued("mdi", "MD Integrations", "x", jakarta.json.Json.createObjectBuilder().add("token_type", "Bearer").build(), NOW));
        assertEquals("MD Integrations answered the token request without an access_token.", missing.getMessage());
    }
}

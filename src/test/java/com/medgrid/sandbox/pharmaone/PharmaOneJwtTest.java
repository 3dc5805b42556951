package com.medgrid.sandbox.pharmaone;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PharmaOneJwtTest {

    private static final byte[] SECRET = "test-secret".getBytes(StandardCharsets.UTF_8);
    private static final PharmaOneJwt JWT = new PharmaOneJwt(SECRET);
    private static final long IAT = 1_780_000_000L;
    private static final PharmaOneJwt.Claims CLAIMS = new PharmaOneJwt.Claims("p1key_abc", "org_a", List.of("orders.read", "orders.write"),
            IAT, IAT + 3600);

    private static JsonObject part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(String token, String org, Instant now) {
        return assertThrows(PharmaOneJwt.Rejected.class, () -> JWT.verify(token, org, now)).error();
    }

    @Test
    void aSignedTokenIsAnHs256JwtWithTheClaimsAndAnHmacOverItsFirstTwoParts() throws Exception {
        String token = JWT.sign(CLAIMS);
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        assertEquals("HS256", part(token, 0).getString("alg"));
        assertEquals("JWT", part(token, 0).getString("typ"));
        JsonObject payload = part(token, 1);
        assertEquals("pharmaone-sandbox", payload.getString("iss"));
        assertEquals("p1key_abc", payload.getString("sub"));
        assertEquals("org_a", payload.getString("org_id"));
        assertEquals(List.of("orders.read", "orders.write"), payload.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(IAT, payload.getJsonNumber("iat").longValue());
        assertEquals(IAT + 3600, payload.getJsonNumber("exp").longValue());

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, parts[2]);
    }

    @Test
    void aTokenVerifiesForItsOrgUntilItsExp() {
        String token = JWT.sign(CLAIMS);
        assertEquals(CLAIMS, JWT.verify(token, "org_a", Instant.ofEpochSecond(IAT)));
        assertEquals(CLAIMS, JWT.verify(token, "org_a", Instant.ofEpochSecond(IAT + 3599)));
        assertEquals("token_expired", error(token, "org_a", Instant.ofEpochSecond(IAT + 3600)));
        assertEquals("The access token has expired",
                assertThrows(PharmaOneJwt.Rejected.class, () -> JWT.verify(token, "org_a", Instant.ofEpochSecond(IAT + 7200))).getMessage());
    }

    @Test
    void aTokenOfAnotherOrgIsInvalid() {
        assertEquals("invalid_token", error(JWT.sign(CLAIMS), "org_b", Instant.ofEpochSecond(IAT)));
    }

    @Test
    void forgedOrMangledTokensAreInvalid() {
        String token = JWT.sign(CLAIMS);
        String[] parts = token.split("\\.");
        Instant now = Instant.ofEpochSecond(IAT);
        String otherOrg = encode(part(token, 1).toString().replace("org_a", "org_b"));
        assertEquals("invalid_token", error(parts[0] + "." + otherOrg + "." + parts[2], "org_b", now));
        assertEquals("invalid_token", error(new PharmaOneJwt("other-secret".getBytes(StandardCharsets.UTF_8)).sign(CLAIMS), "org_a", now));
        assertEquals("invalid_token", error(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".", "org_a", now));
        assertEquals("invalid_token", error(parts[0] + "." + parts[1], "org_a", now));
        assertEquals("invalid_token", error("not a token", "org_a", now));
        assertEquals("invalid_token", error("", "org_a", now));
        assertEquals("invalid_token", error(null, "org_a", now));
    }

    @Test
    void anExpiredTokenOfAnotherOrgIsInvalidNotExpired() {
        // the org is checked first: exchanging the key again would not help a caller that uses another org's token
        assertEquals("invalid_token", error(JWT.sign(CLAIMS), "org_b", Instant.ofEpochSecond(IAT + 3600)));
    }
}

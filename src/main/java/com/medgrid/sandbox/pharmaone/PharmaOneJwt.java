package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * PharmaOne's access tokens: real HS256 JWTs (made with the JDK alone), so the connector meets the
 * same three base64url parts it gets from the vendor, and a token it kept past {@code exp}, or used
 * on another org's routes, is refused as PharmaOne refuses it. Claims: {@code iss}, {@code sub}
 * (the API key's id), {@code org_id}, {@code scopes}, {@code iat}, {@code exp}.
 */
final class PharmaOneJwt {

    private static final String ISSUER = "pharmaone-sandbox";
    private static final String HMAC = "HmacSHA256";
    private static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    /** What a token says; times in epoch seconds. */
    record Claims(String keyId, String orgId, List<String> scopes, long issuedAt, long expiresAt) {
    }

    /** Why a token is refused: {@code error} is PharmaOne's code ({@code invalid_token}, {@code token_expired}). */
    static final class Rejected extends RuntimeException {

        private final String error;

        Rejected(String error, String message) {
            super(message, null, false, false);
            this.error = error;
        }

        String error() {
            return error;
        }
    }

    private final byte[] secret;

    PharmaOneJwt(byte[] secret) {
        this.secret = secret.clone();
    }

    String sign(Claims claims) {
        JsonObject payload = ApiJson.JSON.createObjectBuilder().add("iss", ISSUER).add("sub", claims.keyId()).add("org_id", claims.orgId())
                .add("scopes", ApiJson.JSON.createArrayBuilder(claims.scopes())).add("iat", claims.issuedAt()).add("exp", claims.expiresAt())
                .build();
        String signed = HEADER + "." + encode(payload.toString().getBytes(StandardCharsets.UTF_8));
        return signed + "." + encode(mac(signed));
    }

    /**
     * The claims of a token this simulator signed for {@code orgId}, still valid at {@code now}. Only
     * the signature decides whether it signed it (over the header as sent, whatever algorithm that
     * names), so a token with {@code "alg": "none"} or re-signed claims is refused like any other forgery.
     *
     * @throws Rejected {@code token_expired} for a genuine token of the org past its {@code exp}, {@code invalid_token} for anything else
     */
    Claims verify(String token, String orgId, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || !MessageDigest.isEqual(encode(mac(parts[0] + "." + parts[1])).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw invalid("The access token is invalid");
        }
        Claims claims = claims(parts[1]);
        if (!claims.orgId().equals(orgId)) {
            throw invalid("The access token was not issued for org " + orgId);
        }
        if (now.getEpochSecond() >= claims.expiresAt()) {
            throw new Rejected("token_expired", "The access token has expired");
        }
        return claims;
    }

    /** The claims of a token whose signature checked out: this simulator made it, so it is well formed. */
    private static Claims claims(String payload) {
        JsonObject body = ApiJson.JSON.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)))
                .readObject();
        return new Claims(body.getString("sub"), body.getString("org_id"),
                body.getJsonArray("scopes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                body.getJsonNumber("iat").longValue(), body.getJsonNumber("exp").longValue());
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Rejected invalid(String message) {
        return new Rejected("invalid_token", message);
    }
}

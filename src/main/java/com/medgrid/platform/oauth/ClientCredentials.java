package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.security.AuthorizationHeader;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A client's id and secret, as RFC 6749 section 2.3.1 lets it send them: HTTP Basic (each part
 * form-urlencoded first) or {@code client_id} and {@code client_secret} in the form body, not both.
 */
record ClientCredentials(String clientId, String clientSecret, boolean viaBasic) {

    static ClientCredentials of(String authorization, ApiArgs form) throws OAuthError {
        boolean inForm = form.has("client_id") || form.has("client_secret");
        if (authorization != null && !authorization.isBlank()) {
            if (inForm) {
                throw OAuthError.invalidRequest("Send the client credentials once: in the Authorization header or in the body, not both.");
            }
            return basic(authorization.trim());
        }
        String id = form.string("client_id").orElse("");
        String secret = form.string("client_secret").orElse("");
        if (id.isBlank() || secret.isBlank()) {
            throw OAuthError.invalidClient("Client authentication failed: send client_id and client_secret, "
                    + "in the body or as HTTP Basic credentials.", false);
        }
        return new ClientCredentials(id, secret, false);
    }

    private static ClientCredentials basic(String authorization) throws OAuthError {
        int space = authorization.indexOf(' ');
        if (space < 0 || !authorization.substring(0, space).equalsIgnoreCase("basic")) {
            throw OAuthError.invalidClient("Client authentication failed: the token endpoint takes HTTP Basic client credentials.", true);
        }
        String pair;
        try {
            pair = AuthorizationHeader.basic(authorization.substring(space + 1).trim());
        } catch (AuthorizationHeader.MalformedException e) {
            throw OAuthError.invalidClient(e.getMessage(), true);
        }
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.length() - 1) {
            throw OAuthError.invalidClient("Client authentication failed: Basic credentials must be client_id:client_secret.", true);
        }
        try {
            return new ClientCredentials(URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8), true);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("Client authentication failed: Basic credentials are not form-urlencoded.", true);
        }
    }
}

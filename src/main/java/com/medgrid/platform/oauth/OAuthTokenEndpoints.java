package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.RequestArgs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Frappe's OAuth2 token endpoints, at its paths, answering as RFC 6749 and RFC 7009 say (the raw
 * token object, not Frappe's {@code message}). The client authenticates itself here: the
 * authentication mechanism leaves these paths to it.
 */
final class OAuthTokenEndpoints {

    private OAuthTokenEndpoints() {
    }

    /** The form (or JSON) body and the client's credentials of a token-endpoint request. */
    private static ApiArgs form(HttpHeaders headers, String body, UriInfo uri) {
        return RequestArgs.from(headers.getMediaType(), body, uri.getQueryParameters());
    }

    /** {@code POST /api/method/frappe.integrations.oauth2.get_token}: the client-credentials grant. */
    @Path("method/frappe.integrations.oauth2.get_token")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class GetToken {

        @Inject
        OAuthTokens tokens;
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @POST
        @Consumes(MediaType.WILDCARD)
        @Operation(summary = "OAuth2 client-credentials grant: grant_type=client_credentials, the client's id and secret "
                + "(form body or HTTP Basic), optional scope; answers {access_token, token_type, expires_in, scope}")
        public Response getToken(String body) {
            ApiArgs form = form(headers, body, uri);
            try {
                String grantType = form.string("grant_type").orElseThrow(
                        () -> OAuthError.invalidRequest("grant_type is required: send grant_type=client_credentials."));
                ClientCredentials client = ClientCredentials.of(headers.getHeaderString(HttpHeaders.AUTHORIZATION), form);
                if (!grantType.equals("client_credentials")) {
                    throw OAuthError.unsupportedGrantType("Grant type " + grantType + " is not supported: use client_credentials.");
                }
                OAuthTokens.Issued issued = tokens.issue(client, form.string("scope"));
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("access_token", issued.accessToken());
                answer.put("token_type", "Bearer");
                answer.put("expires_in", issued.lifetime().toSeconds());
                answer.put("scope", String.join(" ", issued.scopes()));
                return OAuthResponses.noStore(Response.ok(answer)).build();
            } catch (OAuthError e) {
                return e.response();
            }
        }
    }

    /** {@code POST /api/method/frappe.integrations.oauth2.revoke_token}: RFC 7009 revocation by the client. */
    @Path("method/frappe.integrations.oauth2.revoke_token")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class RevokeToken {

        @Inject
        OAuthTokens tokens;
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;

        @POST
        @Consumes(MediaType.WILDCARD)
        @Operation(summary = "Revoke an access token (token=...), authenticated as its client; 200 also for unknown or expired tokens")
        public Response revokeToken(String body) {
            ApiArgs form = form(headers, body, uri);
            try {
                String token = form.string("token").filter(value -> !value.isBlank()).orElseThrow(
                        () -> OAuthError.invalidRequest("token is required: the access token to revoke."));
                tokens.revoke(ClientCredentials.of(headers.getHeaderString(HttpHeaders.AUTHORIZATION), form), token);
                return OAuthResponses.noStore(Response.ok(Map.of())).build();
            } catch (OAuthError e) {
                return e.response();
            }
        }
    }
}

package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.ApiResponse;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Token introspection (RFC 7662) for administrators, at Frappe's path. */
@ApplicationScoped
public class OAuthMethods {

    @Inject
    OAuthTokens tokens;

    /** RFC 7662's raw answer: {@code {"active": false}} for a token that is unknown, expired or revoked. */
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @ApiMethod(value = "frappe.integrations.oauth2.introspect_token", httpMethods = "POST",
            summary = "Whether an access token is active, and its client, user, scope and expiry (RFC 7662)")
    public ApiResponse introspectToken(ApiArgs args) {
        return new ApiResponse(tokens.introspect(args.requireString("token")), List.of());
    }
}

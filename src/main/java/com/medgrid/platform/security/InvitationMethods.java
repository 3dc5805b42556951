package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** {@code medgrid.api.accept_invitation}: an invited user (vendor, sub-rep) sets a first password. */
@ApplicationScoped
public class InvitationMethods {

    static final String ACCEPT = "medgrid.api.accept_invitation";

    @Inject
    UserInvitations invitations;

    /** The invitation is the credential here, so guests may call it. */
    @PermitAll
    @ApiMethod(value = ACCEPT, httpMethods = "POST",
            summary = "Set an invited user's first password ({token, new_password}); each invitation works once, for 72 hours")
    public Map<String, Object> accept(ApiArgs args) {
        return Map.of("user", invitations.accept(args.requireString("token"), args.requireString("new_password")));
    }
}

package com.medgrid.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/**
 * The caller of the current request as the container authenticated it. Services use it for
 * row-level scoping; {@code Guest} when nobody is signed in.
 */
@RequestScoped
public class CurrentUser implements Viewer {

    public static final String GUEST = "Guest";

    @Inject
    HttpServletRequest request;

    @Override
    public String name() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? GUEST : principal.getName();
    }

    public boolean isGuest() {
        return request.getUserPrincipal() == null;
    }

    @Override
    public boolean hasRole(String role) {
        return !isGuest() && request.isUserInRole(role);
    }

    /** The session id the caller presented in the {@code sid} cookie, or null. */
    public String sessionId() {
        return SessionCookies.sid(request);
    }
}

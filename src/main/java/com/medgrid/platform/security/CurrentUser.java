package com.medgrid.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request as the container authenticated it. Services use it for
 * row-level scoping; {@code Guest} when nobody is signed in.
 */
@RequestScoped
public class CurrentUser implements Viewer {

    public static final String GUEST = "Guest";
    /** The request attribute holding the scopes of a scoped caller, set when the request is authenticated. */
    static final String SCOPES_ATTRIBUTE = "medgrid.scopes";

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

    /**
     * The scopes the caller's credential was limited to (an OAuth token, an API key generated with
     * scopes); empty when only the user's roles limit it (a session, an unscoped key).
     */
    @SuppressWarnings("unchecked")
    public Optional<Set<String>> scopes() {
        return Optional.ofNullable((Set<String>) request.getAttribute(SCOPES_ATTRIBUTE));
    }

    /** The session id the caller presented in the {@code sid} cookie, or null. */
    public String sessionId() {
        return SessionCookies.sid(request);
    }
}

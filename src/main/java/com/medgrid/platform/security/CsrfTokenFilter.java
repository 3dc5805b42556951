package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Frappe's CSRF protection: a write (any method but GET, HEAD and OPTIONS) that the {@code sid}
 * cookie authenticates must carry the session's token in {@code X-Frappe-CSRF-Token}, or it ends
 * with 400 {@code CSRFTokenError}. A browser attaches the cookie to a forged cross-site request,
 * but the forging page cannot read the token from the login answer nor set the header. Requests
 * authenticated by an {@code Authorization} header are not affected (a forging page cannot send
 * one), nor is login, which guests call and which replaces the session.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
@ApplicationScoped
public class CsrfTokenFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Frappe-CSRF-Token";
    /** Set by {@link ApiAuthenticationMechanism} to the {@code sid} that signed the request in. */
    static final String SESSION_ATTRIBUTE = "medgrid.session-id";

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Login under /api, /api/v1 and /api/v2: Frappe serves its methods at all three. */
    private static final Pattern LOGIN_URI = Pattern.compile("/api(/v[12])?/method/login");

    @Inject
    SessionService sessions;

    /*
     * Reads the request through the context (its properties are the servlet request's attributes): an
     * injected servlet-request proxy in a pre-matching filter failed now and then with a 500
     * ("object is not an instance of declaring class").
     */
    @Override
    public void filter(ContainerRequestContext context) {
        Object sid = context.getProperty(SESSION_ATTRIBUTE);
        if (sid == null || SAFE_METHODS.contains(context.getMethod())
                || LOGIN_URI.matcher(context.getUriInfo().getRequestUri().getRawPath()).matches()) {
            return;
        }
        if (!sessions.csrfTokenMatches(sid.toString(), context.getHeaderString(HEADER))) {
            context.abortWith(ErrorBody.response(ApiError.CSRF_TOKEN, List.of(
                    "Invalid or missing " + HEADER + " header: send the csrf_token of the login answer.")));
        }
    }
}

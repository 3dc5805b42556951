package com.medgrid.platform.security;

import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Authenticates every request: an {@code Authorization} header (API key pair or OAuth bearer token)
 * must be valid, or the request ends with a 401 in the API's error format; without one, a live
 * {@code sid} cookie signs the user in; otherwise the request goes on as a guest, and each endpoint
 * decides whether guests may call it. A stale {@code sid} is treated as no session, as in Frappe.
 * A request signed in by its cookie is marked for {@link CsrfTokenFilter}; the scopes a credential
 * is limited to are kept on the request for {@link CurrentUser#scopes()}.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Liberty's {@code AttributeNameConstants.WSCREDENTIAL_CACHE_KEY}: names a subject in its authentication cache. */
    private static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";
    private static final String SANDBOX_PATH = "/api/sandbox/";
    /**
     * OAuth's token endpoints authenticate the client themselves (RFC 6749 section 2.3): its Basic
     * credentials are a client id and secret, not an API key pair.
     */
    private static final Set<String> CLIENT_AUTHENTICATED_PATHS = Set.of(
            "/api/method/frappe.integrations.oauth2.get_token", "/api/method/frappe.integrations.oauth2.revoke_token");

    @Inject
    Authenticator authenticator;
    @Inject
    @Any
    Instance<SelfAuthorizingEndpoint> selfAuthorizing;

    private volatile Set<String> selfAuthorizingPaths;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return authenticate(request, context);
        } catch (RuntimeException e) {
            return unchecked(request, context, e);
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpMessageContext context) {
        String path = request.getRequestURI();
        if (path.startsWith(SANDBOX_PATH) || CLIENT_AUTHENTICATED_PATHS.contains(path) || selfAuthorizingPaths().contains(path)) {
            return context.doNothing(); // simulated vendors, OAuth clients and vendors' webhooks are checked by the endpoint, their own way
        }
        String header = request.getHeader("Authorization");
        if (header != null && !header.isBlank()) {
            HeaderCredential credential;
            try {
                credential = AuthorizationHeader.parse(header);
            } catch (AuthorizationHeader.MalformedException e) {
                return reject(request, e.getMessage());
            }
            Optional<Caller> caller = authenticator.byHeader(credential);
            if (caller.isPresent()) {
                return signIn(request, context, caller.get());
            }
            return reject(request, credential instanceof BearerTokenCredential
                    ? "Invalid access token: it is unknown, expired or revoked; get a new one from frappe.integrations.oauth2.get_token."
                    : "Invalid API key or secret.");
        }
        String sid = SessionCookies.sid(request);
        if (sid != null) {
            Optional<Caller> caller = authenticator.bySession(sid);
            if (caller.isPresent()) {
                request.setAttribute(CsrfTokenFilter.SESSION_ATTRIBUTE, sid);
                return signIn(request, context, caller.get());
            }
        }
        if (context.isProtected()) {
            return reject(request, "Not signed in: send Authorization: token API_KEY:API_SECRET or log in first.");
        }
        return context.doNothing();
    }

    private Set<String> selfAuthorizingPaths() {
        if (selfAuthorizingPaths == null) {
            selfAuthorizingPaths = selfAuthorizing.stream().map(SelfAuthorizingEndpoint::path).collect(Collectors.toUnmodifiableSet());
        }
        return selfAuthorizingPaths;
    }

    /**
     * Signs the caller in for this request. Without a cache key Liberty misses its authentication
     * cache for users outside its own registry, logs the user in afresh and, to cache the new
     * subject, signs an LTPA token with RSA: on every request. Keyed by user and roles, the subject
     * is built once; the credential is still checked on every request, so a revoked key, token or
     * session stops working at once, and a role change makes a new key. Scopes are not part of the
     * subject (two credentials of one user may differ in them): they live on the request.
     */
    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        User user = caller.user();
        Set<String> roles = new TreeSet<>(user.getRoles());
        caller.scopes().ifPresent(scopes -> request.setAttribute(CurrentUser.SCOPES_ATTRIBUTE, Set.copyOf(scopes)));
        Hashtable<String, Object> cacheKey = new Hashtable<>();
        cacheKey.put(LIBERTY_CACHE_KEY, "medgrid:" + Tokens.sha256Hex(user.getName() + "|" + roles));
        context.getClientSubject().getPrivateCredentials().add(cacheKey);
        return context.notifyContainerAboutLogin(user.getName(), roles);
    }

    /**
     * The credential could not be checked (the database did not answer): neither valid nor invalid.
     * The failure goes on with the request and {@link RejectedCredentialsFilter} answers it as the
     * server error it is, in the API's format, rather than as a refusal of the caller's credentials.
     */
    private static AuthenticationStatus unchecked(HttpServletRequest request, HttpMessageContext context, RuntimeException failure) {
        request.setAttribute(RejectedCredentialsFilter.FAILURE_ATTRIBUTE, failure);
        return context.doNothing();
    }

    /**
     * Liberty lets a request to an unprotected resource go on whatever this mechanism answers, so
     * the refusal is recorded on the request and {@link RejectedCredentialsFilter} turns it into
     * the 401 before any endpoint runs.
     */
    private static AuthenticationStatus reject(HttpServletRequest request, String message) {
        request.setAttribute(RejectedCredentialsFilter.ATTRIBUTE, message);
        return AuthenticationStatus.SEND_FAILURE;
    }
}

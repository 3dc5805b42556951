package com.medgrid.platform.security;

import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Hashtable;
import java.util.TreeSet;

/**
 * Authenticates every request: an {@code Authorization} header (token or Basic key pair) must be
 * valid, or the request ends with a 401 in the API's error format; without one, a live
 * {@code sid} cookie signs the user in; otherwise the request goes on as a guest, and each endpoint
 * decides whether guests may call it. A stale {@code sid} is treated as no session, as in Frappe.
 * A request signed in by its cookie is marked for {@link CsrfTokenFilter}.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Liberty's {@code AttributeNameConstants.WSCREDENTIAL_CACHE_KEY}: names a subject in its authentication cache. */
    private static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";
    private static final String SANDBOX_PATH = "/api/sandbox/";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getRequestURI().startsWith(SANDBOX_PATH)) {
            return context.doNothing(); // simulated vendors check their own vendor-style credentials
        }
        String header = request.getHeader("Authorization");
        if (header != null && !header.isBlank()) {
            AuthorizationHeader parsed;
            try {
                parsed = AuthorizationHeader.parse(header);
            } catch (AuthorizationHeader.MalformedException e) {
                return reject(request, e.getMessage());
            }
            CredentialValidationResult result = identityStores.validate(new ApiKeyCredential(parsed.apiKey(), parsed.apiSecret()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return signIn(context, result);
            }
            return reject(request, "Invalid API key or secret.");
        }
        String sid = SessionCookies.sid(request);
        if (sid != null) {
            CredentialValidationResult result = identityStores.validate(new SessionCredential(sid));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.setAttribute(CsrfTokenFilter.SESSION_ATTRIBUTE, sid);
                return signIn(context, result);
            }
        }
        if (context.isProtected()) {
            return reject(request, "Not signed in: send Authorization: token API_KEY:API_SECRET or log in first.");
        }
        return context.doNothing();
    }

    /**
     * Signs the validated user in for this request. Without a cache key Liberty misses its
     * authentication cache for users outside its own registry, logs the user in afresh and, to
     * cache the new subject, signs an LTPA token with RSA: on every request. Keyed by user and
     * roles, the subject is built once; our identity store still checks the credential on every
     * request, so a revoked key or session stops working at once, and a role change makes a new key.
     */
    private static AuthenticationStatus signIn(HttpMessageContext context, CredentialValidationResult result) {
        Hashtable<String, Object> cacheKey = new Hashtable<>();
        cacheKey.put(LIBERTY_CACHE_KEY, "medgrid:" + Tokens.sha256Hex(result.getCallerPrincipal().getName() + "|"
                + new TreeSet<>(result.getCallerGroups())));
        context.getClientSubject().getPrivateCredentials().add(cacheKey);
        return context.notifyContainerAboutLogin(result);
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

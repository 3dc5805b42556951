package com.medgrid.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates every request: an {@code Authorization} header (token or Basic key pair) must be
 * valid, or the request ends with a 401 in the API's error format; without one, a live
 * {@code sid} cookie signs the user in; otherwise the request goes on as a guest, and each endpoint
 * decides whether guests may call it. A stale {@code sid} is treated as no session, as in Frappe.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
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
                return context.notifyContainerAboutLogin(result);
            }
            return reject(request, "Invalid API key or secret.");
        }
        String sid = SessionCookies.sid(request);
        if (sid != null) {
            CredentialValidationResult result = identityStores.validate(new SessionCredential(sid));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        if (context.isProtected()) {
            return reject(request, "Not signed in: send Authorization: token API_KEY:API_SECRET or log in first.");
        }
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

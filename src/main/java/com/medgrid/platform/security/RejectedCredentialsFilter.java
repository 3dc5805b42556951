package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Ends with 401 any API request whose credentials {@link ApiAuthenticationMechanism} refused, so a
 * wrong or malformed {@code Authorization} header never degrades to a guest call, not even on
 * endpoints guests may use. A request whose credentials could not be checked at all ends with the
 * failure that stopped the check, which the exception mappers answer (a server error, not a 401 or 403).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RejectedCredentialsFilter implements ContainerRequestFilter {

    static final String ATTRIBUTE = "medgrid.rejected-credentials";
    static final String FAILURE_ATTRIBUTE = "medgrid.unchecked-credentials";

    /*
     * Reads the request through the context (its properties are the servlet request's attributes): an
     * injected servlet-request proxy in a pre-matching filter failed now and then with a 500
     * ("object is not an instance of declaring class").
     */
    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getProperty(FAILURE_ATTRIBUTE) instanceof RuntimeException failure) {
            throw failure;
        }
        Object message = context.getProperty(ATTRIBUTE);
        if (message != null) {
            context.abortWith(ErrorBody.response(ApiError.AUTHENTICATION, List.of(message.toString())));
        }
    }
}

package com.medgrid.platform.api;

import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors under {@code /api/v2} in Frappe v15's v2 shape ({@link ErrorBody#v2}), whoever wrote them:
 * the exception mappers, and request filters that refuse a request before any resource runs
 * (credentials, CSRF token, idempotency key). Every other path keeps the classic error body.
 */
@Provider
public class V2ErrorShape implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && response.getEntity() instanceof JsonObject body
                && ErrorBody.isV2(request.getUriInfo().getRequestUri().getRawPath())) {
            response.setEntity(ErrorBody.v2(body));
        }
    }
}

package com.medgrid.platform.security;

/**
 * An endpoint that checks the {@code Authorization} header itself, because the caller is no MedGrid
 * user: a vendor's webhook sends there the value MedGrid registered with the vendor. The API's
 * authentication leaves requests to it alone. Implementations are CDI beans.
 */
public interface SelfAuthorizingEndpoint {

    /** The request path, as the server sees it ({@code /api/method/medgrid.mdi.webhook}). */
    String path();
}

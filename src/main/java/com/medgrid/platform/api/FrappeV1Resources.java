package com.medgrid.platform.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/...}: Frappe serves its REST API under {@code /api/v1} as well as {@code /api}, and
 * some clients use that prefix. The same resources answer both; only the path differs.
 */
final class FrappeV1Resources {

    private FrappeV1Resources() {
    }

    /** {@code /api/v1/resource/<DocType>[/<name>]}. */
    @Path("v1/resource/{doctype}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Documents extends DocumentResource {
    }

    /** {@code /api/v1/method/<name>}. */
    @Path("v1/method/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Methods extends MethodResource {
    }
}

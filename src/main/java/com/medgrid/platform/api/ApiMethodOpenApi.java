package com.medgrid.platform.api;

import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lists every {@link ApiMethod} in the OpenAPI document as its own path, with its HTTP methods and
 * who may call it. JAX-RS only sees the one dispatching resource, which is hidden.
 * Registered with {@code mp.openapi.filter}.
 */
public class ApiMethodOpenApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiMethodOpenApi.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ApiMethodRegistry registry;
        try {
            registry = CDI.current().select(ApiMethodRegistry.class).get();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "API methods left out of the OpenAPI document: CDI not available yet", e);
            return;
        }
        if (openAPI.getPaths() == null) {
            openAPI.setPaths(OASFactory.createPaths());
        }
        for (ApiMethodRegistry.Endpoint endpoint : registry.all()) {
            PathItem item = OASFactory.createPathItem();
            for (String httpMethod : endpoint.httpMethods()) {
                // operationIds must be unique: the first verb gets the plain name, others a suffix
                String operationId = httpMethod.equals(endpoint.httpMethods().get(0)) ? endpoint.name()
                        : endpoint.name() + "_" + httpMethod.toLowerCase(java.util.Locale.ROOT);
                item.setOperation(PathItem.HttpMethod.valueOf(httpMethod), operation(endpoint).operationId(operationId));
            }
            openAPI.getPaths().addPathItem("/api/method/" + endpoint.name(), item);
        }
    }

    private static Operation operation(ApiMethodRegistry.Endpoint endpoint) {
        Access access = endpoint.access();
        String who = access.guestAllowed() ? "Guests allowed."
                : access.roles().isEmpty() ? "Any signed-in user." : "Roles: " + String.join(", ", access.roles()) + ".";
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("{\"message\": result}"));
        return OASFactory.createOperation()
                .summary(endpoint.summary().isEmpty() ? endpoint.name() : endpoint.summary())
                .description(who + " GET takes arguments from the query string; POST from a JSON or form body.")
                .tags(java.util.List.of("method"))
                .responses(responses);
    }
}

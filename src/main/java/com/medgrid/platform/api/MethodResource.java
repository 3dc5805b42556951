package com.medgrid.platform.api;

import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** {@code /api/method/<dotted.name>}: Frappe's RPC endpoint, dispatching to {@link ApiMethod}s. */
@Path("method/{name}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MethodResource {

    @Inject
    ApiMethodRegistry registry;
    @Inject
    CurrentUser user;
    @Inject
    EndpointMetrics metrics;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(hidden = true)
    public Response get(@PathParam("name") String name) {
        return call(name, "GET", ApiArgs.ofParameters(uri.getQueryParameters()));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response post(@PathParam("name") String name, String body) {
        return call(name, "POST", RequestArgs.from(headers.getMediaType(), body, uri.getQueryParameters()));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response put(@PathParam("name") String name, String body) {
        return call(name, "PUT", RequestArgs.from(headers.getMediaType(), body, uri.getQueryParameters()));
    }

    private Response call(String name, String httpMethod, ApiArgs args) {
        ApiMethodRegistry.Endpoint endpoint = registry.resolve(name, httpMethod, user);
        Object result = metrics.time(name, () -> endpoint.target().apply(args));
        if (result instanceof ApiResponse whole) {
            return Response.ok(whole.body()).cookie(whole.cookies().toArray(NewCookie[]::new)).build();
        }
        return Response.ok(body(result)).build();
    }

    /** Frappe's answer to a method call: {@code {"message": result}}, or {@code {}} for a method that returns nothing. */
    protected Map<String, Object> body(Object result) {
        return result == null ? Map.of() : Map.of("message", result);
    }
}

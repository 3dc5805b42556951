package com.medgrid.platform.api;

import com.medgrid.platform.api.DocTypeRegistry.Op;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /api/resource/<DocType>[/<name>]}: Frappe's document REST API, dispatching to
 * {@link DocTypeHandler}s. Names may contain spaces and slashes.
 */
@Path("resource/{doctype}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    DocTypeRegistry registry;
    @Inject
    CurrentUser user;
    @Inject
    EndpointMetrics metrics;
    @Inject
    OwnerFields ownerFields;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List documents",
            description = "Query: fields (JSON array, default [\"name\"]), filters / or_filters ([[field, op, value]] or {field: value}), "
                    + "order_by (\"field asc|desc\"), limit_start, limit_page_length (default 20, max 500, 0 = max), as_dict.")
    public Response list(@PathParam("doctype") @Parameter(description = "DocType, e.g. User") String doctype) {
        DocTypeHandler handler = registry.resolve(doctype, Op.LIST, user);
        ApiArgs args = ApiArgs.ofParameters(uri.getQueryParameters());
        return Response.ok(Map.of("data", timed(doctype, "list", () -> handler.list(args)))).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Create a document", description = "JSON body with the document's fields; answers {\"data\": document}.")
    public Response create(@PathParam("doctype") String doctype, String body) {
        DocTypeHandler handler = registry.resolve(doctype, Op.CREATE, user);
        ApiArgs args = ApiArgs.of(RequestArgs.parseJsonObject(body == null || body.isBlank() ? "{}" : body));
        return data(handler, "create", () -> handler.create(args));
    }

    @GET
    @Path("{name: .+}")
    @Operation(summary = "Get one document")
    public Response get(@PathParam("doctype") String doctype, @PathParam("name") String name) {
        DocTypeHandler handler = registry.resolve(doctype, Op.GET, user);
        return data(handler, "get", () -> handler.get(name));
    }

    @PUT
    @Path("{name: .+}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Update a document", description = "Partial update: only the fields in the JSON body change.")
    public Response update(@PathParam("doctype") String doctype, @PathParam("name") String name, String body) {
        DocTypeHandler handler = registry.resolve(doctype, Op.UPDATE, user);
        ApiArgs args = ApiArgs.of(RequestArgs.parseJsonObject(body == null || body.isBlank() ? "{}" : body));
        return data(handler, "update", () -> handler.update(name, args));
    }

    @DELETE
    @Path("{name: .+}")
    @Operation(summary = "Delete a document")
    public Response delete(@PathParam("doctype") String doctype, @PathParam("name") String name) {
        DocTypeHandler handler = registry.resolve(doctype, Op.DELETE, user);
        timed(doctype, "delete", () -> {
            handler.delete(name);
            return null;
        });
        return Response.accepted(Map.of("data", "ok")).build();
    }

    /** One document, as the caller may read it (the handler's {@link ReadPolicy}, then {@link OwnerFields}). */
    private Response data(DocTypeHandler handler, String operation, Supplier<Map<String, Object>> call) {
        Map<String, Object> document = timed(handler.doctype(), operation, call);
        return Response.ok(Map.of("data", ownerFields.readable(handler, document))).build();
    }

    /** Times an operation on a DocType the caller may use (so the metric's labels stay bounded). */
    protected <T> T timed(String doctype, String operation, Supplier<T> call) {
        return metrics.time("resource:" + doctype + ":" + operation, call);
    }
}

package com.medgrid.platform.api;

import com.medgrid.platform.api.DocTypeRegistry.Op;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

/**
 * {@code /api/v2/...}: Frappe v15's REST API, over the same resources as {@code /api/resource} and
 * {@code /api/method} (the same handlers, access checks and field redaction). What differs is the
 * wire: answers are {@code {"data": ...}} throughout, lists say {@code has_next_page}, documents
 * take PATCH and run {@code submit}/{@code cancel} as document methods, DocTypes answer their meta
 * and count, and errors come as {@code {"errors": [...]}} ({@link V2ErrorShape}).
 */
final class FrappeV2Resources {

    private FrappeV2Resources() {
    }

    /**
     * {@code /api/v2/document/<DocType>[/<name>]}: as {@code /api/resource} for get, create, PUT and
     * DELETE; lists page with {@code start}/{@code limit}.
     */
    @Path("v2/document/{doctype}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Documents extends DocumentResource {

        @Inject
        DocumentSubmission submission;

        @GET
        @Override
        public Response list(@PathParam("doctype") String doctype) {
            DocTypeHandler handler = registry.resolve(doctype, Op.LIST, user);
            ApiArgs query = ApiArgs.ofParameters(uri.getQueryParameters());
            return Response.ok(timed(doctype, "list", () -> V2ListPage.of(query, handler::list)).body()).build();
        }

        /** Frappe v2 updates with PATCH as with PUT: only the fields sent change. */
        @PATCH
        @Path("{name: .+}")
        @Consumes(MediaType.WILDCARD)
        public Response patch(@PathParam("doctype") String doctype, @PathParam("name") String name, String body) {
            return update(doctype, name, body);
        }

        /**
         * A whitelisted method of the document (Frappe's run_doc_method). MedGrid's documents have two,
         * {@code submit} and {@code cancel}; {@code data} is the document and {@code docs} lists it, as
         * Frappe answers.
         */
        @POST
        @Path("{name: .+}/method/{method}")
        @Consumes(MediaType.WILDCARD)
        public Response runDocMethod(@PathParam("doctype") String doctype, @PathParam("name") String name,
                                     @PathParam("method") String method) {
            Map<String, Object> document = switch (method) {
                case "submit" -> timed(doctype, method, () -> submission.submit(doctype, name));
                case "cancel" -> timed(doctype, method, () -> submission.cancel(doctype, name));
                default -> throw ApiException.notFound("Method " + method + " not found on " + doctype
                        + ": its documents have the methods submit and cancel.");
            };
            return Response.ok(Map.of("data", document, "docs", List.of(document))).build();
        }
    }

    /** {@code /api/v2/doctype/<DocType>/meta} and {@code /count}, for callers who may list the DocType. */
    @Path("v2/doctype/{doctype}")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class DocTypes {

        @Inject
        DocTypeRegistry registry;
        @Inject
        CurrentUser user;
        @Inject
        EndpointMetrics metrics;
        @Context
        UriInfo uri;

        @GET
        @Path("meta")
        public Response meta(@PathParam("doctype") String doctype) {
            DocTypeSchema schema = registry.resolve(doctype, Op.LIST, user).schema()
                    .orElseThrow(() -> ApiException.validation(doctype + " does not describe its fields; list it with fields=[\"*\"] instead."));
            return Response.ok(Map.of("data", schema.asFrappeMeta())).build();
        }

        @GET
        @Path("count")
        public Response count(@PathParam("doctype") String doctype) {
            DocTypeHandler handler = registry.resolve(doctype, Op.LIST, user);
            ApiArgs query = ApiArgs.ofParameters(uri.getQueryParameters());
            return Response.ok(Map.of("data", metrics.time("resource:" + doctype + ":count", () -> handler.count(query)))).build();
        }
    }

    /**
     * {@code /api/v2/method/<name>}: {@code /api/method}'s endpoints, access and HTTP methods, answering
     * {@code {"data": result}}. A method that answers a whole body of its own (login, with its cookies)
     * answers it as it is, as Frappe's v2 login does.
     */
    @Path("v2/method/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Methods extends MethodResource {

        @Override
        protected Map<String, Object> body(Object result) {
            return result == null ? Map.of() : Map.of("data", result);
        }
    }
}

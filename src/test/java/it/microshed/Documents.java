package it.microshed;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Any DocType, untyped: for the companies, warehouses and prices that tests set up. */
@Path("/api/resource")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Documents {

    record Doc(Map<String, Object> data) {
    }

    @POST
    @Path("{doctype}")
    Doc create(@PathParam("doctype") String doctype, Map<String, Object> fields);

    @GET
    @Path("{doctype}/{name}")
    Doc get(@PathParam("doctype") String doctype, @PathParam("name") String name);

    @PUT
    @Path("{doctype}/{name}")
    Doc update(@PathParam("doctype") String doctype, @PathParam("name") String name, Map<String, Object> fields);
}

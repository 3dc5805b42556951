package com.medgrid.vendors.perfectrx;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The PerfectRx pharmacy API calls MedGrid makes (MicroProfile REST Client); {@link PerfectRxCalls} reads the answers. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PerfectRxApi {

    /** Takes only {@code {"credentials": {"clientId", "clientSecret"}}}: a grant_type form body gets a 502. */
    @POST
    @Path("v1/oauth2/token")
    Response token(JsonObject credentials);

    /** Looks the patient up by external id, or creates it. */
    @POST
    @Path("v1/patients/create")
    Response createPatient(@HeaderParam("Authorization") String bearer, JsonObject patient);

    @POST
    @Path("v1/prescriptions/transmitEScript")
    Response transmitEScript(@HeaderParam("Authorization") String bearer, JsonObject prescription);

    @POST
    @Path("v1/otc/transfer")
    Response otcTransfer(@HeaderParam("Authorization") String bearer, JsonObject order);

    @GET
    @Path("v1/orders/{referenceId}")
    Response order(@HeaderParam("Authorization") String bearer, @PathParam("referenceId") String referenceId);

    @POST
    @Path("v1/webhooks/register")
    Response registerWebhook(@HeaderParam("Authorization") String bearer, JsonObject registration);
}

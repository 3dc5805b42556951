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
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The PerfectRx pharmacy API calls MedGrid makes. Base URL and timeouts come from
 * {@code perfectrx/mp-rest/*} ({@code https://test.apis.perfectrx.com} for PerfectRx's test system);
 * error answers become typed {@link com.medgrid.fulfillment.VendorException}s through {@link PerfectRxErrors}.
 */
@RegisterRestClient(configKey = PerfectRx.KEY, baseUri = PerfectRx.API_URL)
@RegisterProvider(PerfectRxErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PerfectRxApi {

    /** Takes only {@code {"credentials": {"clientId", "clientSecret"}}}: a grant_type form body gets a 502. */
    @POST
    @Path("v1/oauth2/token")
    JsonObject token(JsonObject credentials);

    /** Looks the patient up by external id, or creates it. */
    @POST
    @Path("v1/patients/create")
    JsonObject createPatient(@HeaderParam("Authorization") String bearer, JsonObject patient);

    @POST
    @Path("v1/prescriptions/transmitEScript")
    JsonObject transmitEScript(@HeaderParam("Authorization") String bearer, JsonObject prescription);

    @POST
    @Path("v1/otc/transfer")
    JsonObject otcTransfer(@HeaderParam("Authorization") String bearer, JsonObject order);

    @GET
    @Path("v1/orders/{referenceId}")
    JsonObject order(@HeaderParam("Authorization") String bearer, @PathParam("referenceId") String referenceId);

    @POST
    @Path("v1/webhooks/register")
    JsonObject registerWebhook(@HeaderParam("Authorization") String bearer, JsonObject registration);
}

package com.medgrid.vendors.sinq;

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
 * The SINQ Ops API calls MedGrid makes. The base URL is each connection's {@code sinq_api_url}, so
 * clients are built per call ({@link com.medgrid.fulfillment.VendorCalls#client}) with the
 * {@code sinq/mp-rest/*} timeouts, and closed after it; error answers become typed
 * {@link com.medgrid.fulfillment.VendorException}s through {@link SinqErrors}. Registered under its
 * config key like every vendor's client (no default URL: SINQ publishes none).
 */
@RegisterRestClient(configKey = Sinq.KEY)
@RegisterProvider(SinqErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SinqApi extends AutoCloseable {

    /** Creates an order; SINQ dedupes on {@code reference} (a resend answers with the order it has). HTTP 201. */
    @POST
    @Path("api/receivers/orders/inbound")
    JsonObject inbound(@HeaderParam("key") String apiKey, JsonObject order);

    /** An order by MedGrid's reference: 404 when there is none. Reading it changes nothing, so it checks an API key. */
    @GET
    @Path("api/receivers/orders/inbound/{reference}")
    JsonObject order(@HeaderParam("key") String apiKey, @PathParam("reference") String reference);
}

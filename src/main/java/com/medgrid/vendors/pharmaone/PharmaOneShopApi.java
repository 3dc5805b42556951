package com.medgrid.vendors.pharmaone;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A pharmacy's External Telemedicine Connector on its own shop domain ({@code https://{shop-domain}}):
 * the same order payload as v1 order requests, with the org and shop injected by the shop. Its base
 * URL is the shop's, given per call; it shares PharmaOne's timeouts ({@code pharmaone/mp-rest/*}).
 */
@RegisterRestClient(configKey = PharmaOne.KEY)
@RegisterProvider(PharmaOneErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PharmaOneShopApi extends AutoCloseable {

    @POST
    @Path("api/v1/external-order")
    JsonObject externalOrder(@HeaderParam("apikey") String apiKey, JsonObject order);

    @Override
    void close();
}

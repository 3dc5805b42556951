package com.medgrid.vendors.shipstation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The ShipStation API calls MedGrid makes. Base URL and timeouts come from {@code shipstation/mp-rest/*}
 * (the development build points it at the sandbox); error answers become typed
 * {@link com.medgrid.fulfillment.VendorException}s through {@link ShipStationErrors}.
 */
@RegisterRestClient(configKey = ShipStation.KEY, baseUri = ShipStation.API_URL)
@RegisterProvider(ShipStationErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ShipStationApi {

    /** The auth probe: any answer but 401 means the key pair works. */
    @GET
    @Path("accounts/listtags")
    JsonValue listTags(@HeaderParam("Authorization") String basicAuth);

    /** Creates an order, or updates the one with the same {@code orderKey}. */
    @POST
    @Path("orders/createorder")
    JsonObject createOrder(@HeaderParam("Authorization") String basicAuth, JsonObject order);

    @GET
    @Path("shipments")
    JsonObject shipments(@HeaderParam("Authorization") String basicAuth, @QueryParam("orderId") String orderId);

    /** The account's webhook subscriptions: {@code {webhooks: [{WebHookID, Url, HookType}]}}. */
    @GET
    @Path("webhooks")
    JsonObject webhooks(@HeaderParam("Authorization") String basicAuth);

    /** Subscribes a webhook: {@code {target_url, event, friendly_name}}. */
    @POST
    @Path("webhooks/subscribe")
    JsonObject subscribe(@HeaderParam("Authorization") String basicAuth, JsonObject subscription);

    @DELETE
    @Path("webhooks/{id}")
    void unsubscribe(@HeaderParam("Authorization") String basicAuth, @PathParam("id") String webhookId);
}

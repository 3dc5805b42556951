package com.medgrid.vendors.shipstation;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The ShipStation API calls MedGrid makes (MicroProfile REST Client). Answers come back as
 * {@link Response} so that {@link ShipStationCalls} can read status codes and rate-limit headers.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ShipStationApi {

    /** The auth probe: any answer but 401 means the key pair works. */
    @GET
    @Path("accounts/listtags")
    Response listTags(@HeaderParam("Authorization") String basicAuth);

    /** Creates an order, or updates the one with the same {@code orderKey}. */
    @POST
    @Path("orders/createorder")
    Response createOrder(@HeaderParam("Authorization") String basicAuth, JsonObject order);

    @GET
    @Path("shipments")
    Response shipments(@HeaderParam("Authorization") String basicAuth, @QueryParam("orderId") String orderId);

    /** Subscribes a webhook: {@code {target_url, event, friendly_name}}. */
    @POST
    @Path("webhooks/subscribe")
    Response subscribe(@HeaderParam("Authorization") String basicAuth, JsonObject subscription);
}

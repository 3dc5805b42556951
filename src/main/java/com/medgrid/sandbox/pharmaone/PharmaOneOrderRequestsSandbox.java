package com.medgrid.sandbox.pharmaone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * The two ways to submit an order with an API key alone, which PharmaOne dedupes by
 * {@code external_id} (unlike v2 orders): v1 order requests,
 * {@code /api/v1/public/orgs/{orgId}/order-requests}, and the External Telemedicine Connector,
 * {@code https://{shop-domain}/api/v1/external-order}, here {@code /shops/{shopDomain}/api/v1/external-order},
 * where the shop tells the org and its own shop id. A first request answers 201, a resend 200 with
 * the same request; either way the order it made is a normal order, seen on the v2 routes.
 */
@Path("sandbox/pharmaone")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PharmaOneOrderRequestsSandbox {

    @Inject
    PharmaOneAccess access;
    @Inject
    PharmaOneOrders orders;
    @Inject
    PharmaOneKeys keys;
    @Inject
    PharmaOnePrescriptions prescriptions;

    /** The payload names its shop ({@code shop_id}), if any. */
    @POST
    @Path("api/v1/public/orgs/{orgId}/order-requests")
    public Response orderRequest(@PathParam("orgId") String orgId, @HeaderParam("apikey") String apiKey, JsonObject payload) {
        return access.withKey(orgId, apiKey, PharmaOneAccess.ORDER_REQUEST,
                key -> request(orgId, PharmaOneOrderPayload.shopId(payload), payload));
    }

    /** The shop's org and shop id go into the order, whatever the payload says; 404 for a shop PharmaOne does not host. */
    @POST
    @Path("shops/{shopDomain}/api/v1/external-order")
    public Response externalOrder(@PathParam("shopDomain") String shopDomain, @HeaderParam("apikey") String apiKey, JsonObject payload) {
        access.requireEnabled();
        return keys.shop(shopDomain).map(shop -> access.withKey(shop.orgId(), apiKey, PharmaOneAccess.EXTERNAL_ORDER,
                        key -> request(shop.orgId(), shop.shopId(), payload)))
                .orElseGet(() -> PharmaOneErrors.notFound("No shop at " + shopDomain));
    }

    private Response request(String orgId, String shopId, JsonObject payload) {
        Map<String, String> problems = PharmaOneOrderPayload.problems(payload, id -> prescriptions.get(orgId, id));
        if (!problems.isEmpty()) {
            return PharmaOneErrors.validationFailed(problems);
        }
        PharmaOneOrders.Request request = orders.request(orgId, shopId, payload);
        return Response.status(request.created() ? 201 : 200).entity(request.body()).build();
    }
}

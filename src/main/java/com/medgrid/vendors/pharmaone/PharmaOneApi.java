package com.medgrid.vendors.pharmaone;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
 * The PharmaOne calls MedGrid makes on its API host: the key-for-JWT exchange, the v2 order and
 * prescription routes (Bearer JWT) and v1 order requests (API key). {@link PharmaOneCalls} builds a client per call
 * with the timeouts of {@code pharmaone/mp-rest/*}; error statuses become typed
 * {@link com.medgrid.fulfillment.VendorException}s through {@link PharmaOneErrors}.
 */
@RegisterRestClient(configKey = PharmaOne.KEY, baseUri = PharmaOne.API_URL)
@RegisterProvider(PharmaOneErrors.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PharmaOneApi extends AutoCloseable {

    /** {@code {access_token, token_type, expires_in, scopes}}: a JWT for the org, valid an hour. */
    @POST
    @Path("api/v2/public/orgs/{orgId}/auth/token")
    JsonObject token(@HeaderParam("apikey") String apiKey, @PathParam("orgId") String orgId, JsonObject body);

    @POST
    @Path("api/v2/public/orgs/{orgId}/orders")
    JsonObject createOrder(@HeaderParam("Authorization") String bearer, @PathParam("orgId") String orgId, JsonObject order);

    /** {@code {data: [orders], total}}: the org's orders with this {@code external_id}. */
    @GET
    @Path("api/v2/public/orgs/{orgId}/orders")
    JsonObject ordersByExternalId(@HeaderParam("Authorization") String bearer, @PathParam("orgId") String orgId,
                                  @QueryParam("external_id") String externalId, @QueryParam("limit") int limit);

    @GET
    @Path("api/v2/public/orgs/{orgId}/orders/{orderId}")
    JsonObject order(@HeaderParam("Authorization") String bearer, @PathParam("orgId") String orgId, @PathParam("orderId") String orderId);

    /** {@code {id, external_id, status, prescriber {npi}, product_id, quantity, …}}: a new prescription (not deduplicated by PharmaOne). */
    @POST
    @Path("api/v2/public/orgs/{orgId}/prescriptions")
    JsonObject createPrescription(@HeaderParam("Authorization") String bearer, @PathParam("orgId") String orgId, JsonObject prescription);

    /** {@code {data: [prescriptions], total}}: the org's prescriptions with this {@code external_id}. */
    @GET
    @Path("api/v2/public/orgs/{orgId}/prescriptions")
    JsonObject prescriptionsByExternalId(@HeaderParam("Authorization") String bearer, @PathParam("orgId") String orgId,
                                         @QueryParam("external_id") String externalId, @QueryParam("limit") int limit);

    /** {@code {id, order_id, external_id, status}}; the same {@code external_id} again answers the request made before. */
    @POST
    @Path("api/v1/public/orgs/{orgId}/order-requests")
    JsonObject orderRequest(@HeaderParam("apikey") String apiKey, @PathParam("orgId") String orgId, JsonObject order);

    /** {@code {data: [{id, name, sku, price, requires_prescription}], page, limit, total}}: a page of the shop's products. */
    @GET
    @Path("api/v2/public/orgs/{orgId}/products")
    JsonObject products(@HeaderParam("Authorization") String bearer, @PathParam("orgId") String orgId, @QueryParam("shop_id") String shopId,
                        @QueryParam("page") int page, @QueryParam("limit") int limit);

    /** {@code {data: [{product_id, sku, available}], page, limit, total}}: a page of the org's stock. */
    @GET
    @Path("api/v2/public/orgs/{orgId}/inventory")
    JsonObject inventory(@HeaderParam("Authorization") String bearer, @PathParam("orgId") String orgId,
                         @QueryParam("page") int page, @QueryParam("limit") int limit);

    /** Releases the client's connections; declared without a checked exception. */
    @Override
    void close();
}

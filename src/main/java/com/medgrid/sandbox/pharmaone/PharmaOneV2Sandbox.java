package com.medgrid.sandbox.pharmaone;

import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * PharmaOne's v2 API, {@code /api/v2/public/orgs/{orgId}/...}: the API key → JWT exchange, and the
 * JWT routes MedGrid uses (orders, catalog, inventory, prescriptions), each behind its scope. Its
 * documented quirk is kept: {@code POST /orders} does not dedupe {@code external_id}, so a resend
 * makes a second order (the connector looks an order up by {@code external_id} before sending), and
 * so does {@code POST /prescriptions}. An order line of a prescription product must name a
 * prescription of the org for that product ({@code prescription_id}), in every submission mode.
 */
@Path("sandbox/pharmaone/api/v2/public/orgs/{orgId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PharmaOneV2Sandbox {

    @Inject
    PharmaOneAccess access;
    @Inject
    PharmaOneOrders orders;
    @Inject
    PharmaOnePrescriptions prescriptions;

    /** {@code apikey} header, body {@code {}} or none → {@code {"access_token", "token_type", "expires_in", "scopes"}}. */
    @POST
    @Path("auth/token")
    @Consumes(MediaType.WILDCARD)
    public Response token(@PathParam("orgId") String orgId, @HeaderParam("apikey") String apiKey) {
        return access.withKey(orgId, apiKey, PharmaOneAccess.TOKEN, key -> Response.ok(access.token(key)).build());
    }

    /** 201 with the new order, or 422 naming every invalid field. */
    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOrder(@PathParam("orgId") String orgId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                JsonObject payload) {
        return access.withToken(orgId, authorization, PharmaOneAccess.CREATE_ORDER, "orders.write", () -> {
            Map<String, String> problems = PharmaOneOrderPayload.problems(payload, id -> prescriptions.get(orgId, id));
            if (!problems.isEmpty()) {
                return PharmaOneErrors.validationFailed(problems);
            }
            return Response.status(201).entity(orders.create(orgId, PharmaOneOrderPayload.shopId(payload), payload)).build();
        });
    }

    /** The org's orders, oldest first, those with {@code external_id} only when it is given. */
    @GET
    @Path("orders")
    public Response listOrders(@PathParam("orgId") String orgId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @QueryParam("external_id") String externalId, @QueryParam("page") String page,
                               @QueryParam("limit") String limit) {
        return access.withToken(orgId, authorization, PharmaOneAccess.LIST_ORDERS, "orders.read", () -> paged(page, limit,
                orders.all(orgId).stream().filter(o -> externalId == null || externalId.equals(o.getString("external_id"))).toList(),
                order -> order));
    }

    @GET
    @Path("orders/{orderId}")
    public Response order(@PathParam("orgId") String orgId, @PathParam("orderId") String orderId,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return access.withToken(orgId, authorization, PharmaOneAccess.GET_ORDER, "orders.read", () -> orders.get(orgId, orderId)
                .map(order -> Response.ok(order).build()).orElseGet(() -> PharmaOneErrors.notFound("No order " + orderId)));
    }

    /** Every shop of the org sells the whole catalog, so {@code shop_id} narrows nothing. */
    @GET
    @Path("products")
    public Response products(@PathParam("orgId") String orgId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @QueryParam("page") String page, @QueryParam("limit") String limit) {
        return access.withToken(orgId, authorization, PharmaOneAccess.PRODUCTS, "products.read", () -> paged(page, limit,
                PharmaOneCatalog.PRODUCTS, product -> ApiJson.JSON.createObjectBuilder().add("id", product.id()).add("name", product.name())
                        .add("sku", product.sku()).add("price", product.price()).add("requires_prescription", product.prescription()).build()));
    }

    @GET
    @Path("inventory")
    public Response inventory(@PathParam("orgId") String orgId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @QueryParam("page") String page, @QueryParam("limit") String limit) {
        return access.withToken(orgId, authorization, PharmaOneAccess.INVENTORY, "inventory.read", () -> paged(page, limit,
                PharmaOneCatalog.PRODUCTS, product -> ApiJson.JSON.createObjectBuilder().add("product_id", product.id())
                        .add("sku", product.sku()).add("available", product.available()).build()));
    }

    /**
     * {@code {external_id, shop_id?, patient {first_name, last_name, email?}, prescriber {npi}, product_id, quantity}}
     * → 201 with the new prescription (a second POST with the same {@code external_id} makes a second one), or 422
     * naming every invalid field.
     */
    @POST
    @Path("prescriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPrescription(@PathParam("orgId") String orgId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                       JsonObject payload) {
        return access.withToken(orgId, authorization, PharmaOneAccess.CREATE_PRESCRIPTION, "prescriptions.write", () -> {
            Map<String, String> problems = PharmaOnePrescriptionPayload.problems(payload);
            if (!problems.isEmpty()) {
                return PharmaOneErrors.validationFailed(problems);
            }
            return Response.status(201).entity(prescriptions.create(orgId, payload)).build();
        });
    }

    /** The org's prescriptions, oldest first, those with {@code external_id} only when it is given. */
    @GET
    @Path("prescriptions")
    public Response prescriptions(@PathParam("orgId") String orgId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @QueryParam("external_id") String externalId, @QueryParam("page") String page,
                                  @QueryParam("limit") String limit) {
        return access.withToken(orgId, authorization, PharmaOneAccess.PRESCRIPTIONS, "prescriptions.read", () -> paged(page, limit,
                prescriptions.all(orgId).stream().filter(p -> externalId == null || externalId.equals(p.getString("external_id"))).toList(),
                prescription -> prescription));
    }

    @GET
    @Path("prescriptions/{prescriptionId}")
    public Response prescription(@PathParam("orgId") String orgId, @PathParam("prescriptionId") String prescriptionId,
                                 @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return access.withToken(orgId, authorization, PharmaOneAccess.GET_PRESCRIPTION, "prescriptions.read", () -> prescriptions
                .get(orgId, prescriptionId).map(p -> Response.ok(p).build())
                .orElseGet(() -> PharmaOneErrors.notFound("No prescription " + prescriptionId)));
    }

    private static <T> Response paged(String page, String limit, List<T> all, Function<T, JsonValue> view) {
        Map<String, String> problems = PharmaOnePage.problems(page, limit);
        if (!problems.isEmpty()) {
            return PharmaOneErrors.validationFailed(problems);
        }
        return Response.ok(PharmaOnePage.of(page, limit).body(all, view)).build();
    }
}

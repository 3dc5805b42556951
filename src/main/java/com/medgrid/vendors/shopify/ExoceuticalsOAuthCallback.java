package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.integrations.IntegrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/method/medgrid.exoceuticals.oauth_callback}: where Shopify sends the merchant
 * after they approve MedGrid's app for the Exoceuticals store. Public (Shopify's redirect carries
 * no MedGrid credentials): the shop domain, Shopify's HMAC and the single-use state vouch for it.
 * The token joins the store's other settings in the managed connection, which is checked against
 * the shop as any connection is. Answers in the reference's shape, not Frappe's {@code message}.
 */
@Path("method/medgrid.exoceuticals.oauth_callback")
@RequestScoped
public class ExoceuticalsOAuthCallback {

    @Inject
    ShopifyOAuth oauth;
    @Inject
    ConnectionStore connections;
    @Inject
    IntegrationService integrations;
    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response callback() {
        ShopifyOAuth.Grant grant;
        try {
            grant = oauth.complete(uri.getQueryParameters());
        } catch (ShopifyOAuth.Refused refused) {
            return error(Response.Status.UNAUTHORIZED, refused.getMessage());
        } catch (VendorException e) {
            return error(Response.Status.BAD_GATEWAY, "Shopify: " + e.getMessage());
        }
        if (!Exoceuticals.KEY.equals(grant.integration())) {
            return error(Response.Status.BAD_REQUEST, "This install was started for another connection, not Exoceuticals.");
        }
        Map<String, String> settings = new LinkedHashMap<>(connections.stored(Exoceuticals.KEY, null).map(Connection::credentials).orElse(Map.of()));
        settings.put(Exoceuticals.SHOP_DOMAIN, grant.shop());
        settings.put(Exoceuticals.API_TOKEN, grant.token());
        Map<String, Object> connected = integrations.connect(Exoceuticals.KEY, null, settings, grant.requestedBy());
        if (!Boolean.TRUE.equals(connected.get("ok"))) {
            return error(Response.Status.BAD_GATEWAY, "Shopify granted a token, but the shop refused it: " + connected.get("error"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("shop", grant.shop());
        answer.put("scope", grant.scope());
        answer.put("message", "Exoceuticals connected. You can close this tab.");
        return Response.ok(answer).build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("status", "error", "message", message)).build();
    }
}

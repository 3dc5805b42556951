package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.IntegrationService;
import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/method/medgrid.integrations.shopify_callback}: where Shopify sends the merchant
 * after they approve MedGrid's app for their store. Public (Shopify's redirect carries no MedGrid
 * credentials): the shop domain, Shopify's HMAC and the single-use state vouch for it, and the state
 * says which vendor started the install. The token is checked with the shop and saved as the
 * vendor's connection, which subscribes the store's webhooks.
 */
@Path("method/" + ShopifyStoreInstall.CALLBACK)
@RequestScoped
public class ShopifyStoreCallback {

    private static final String PORTAL = "/portal/integrations";
    private static final String REDIRECT = PORTAL + "?shopify=connected";

    @Inject
    ShopifyOAuth oauth;
    @Inject
    IntegrationService integrations;
    @Context
    UriInfo uri;

    /**
     * A browser (the merchant's, which Shopify redirected here) is sent back to the integrations page with
     * the outcome in {@code ?shopify=}; other callers get the API reference's JSON answer or error.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response callback(@Context HttpHeaders headers) {
        boolean browser = !headers.getAcceptableMediaTypes().isEmpty()
                && headers.getAcceptableMediaTypes().get(0).isCompatible(MediaType.TEXT_HTML_TYPE)
                && !headers.getAcceptableMediaTypes().get(0).isWildcardType();
        Map<String, Object> answer;
        try {
            answer = connect();
        } catch (ApiException e) {
            if (browser) {
                return Response.seeOther(portal(e.error() == ApiError.AUTHENTICATION ? "denied" : "failed")).build();
            }
            throw e;
        }
        return browser ? Response.seeOther(portal("connected")).build() : Response.ok(Map.of("message", answer)).build();
    }

    /** The page's absolute address (a relative one would be taken as relative to the API's /api). */
    private URI portal(String outcome) {
        return uri.getBaseUriBuilder().replacePath(PORTAL).replaceQuery("shopify=" + outcome).build();
    }

    private Map<String, Object> connect() {
        ShopifyOAuth.Grant grant;
        try {
            grant = oauth.complete(uri.getQueryParameters());
        } catch (ShopifyOAuth.Refused refused) {
            throw ApiException.authentication(refused.getMessage());
        } catch (VendorException e) {
            throw ApiException.validation("Shopify: " + e.getMessage());
        }
        if (!Shopify.KEY.equals(grant.integration()) || grant.vendorProfile() == null) {
            throw ApiException.validation("This install was started for another connection, not a vendor's own Shopify store.");
        }
        Map<String, Object> connected = integrations.connect(Shopify.KEY, grant.vendorProfile(),
                Map.of(Shopify.SHOP_DOMAIN, grant.shop(), Shopify.ACCESS_TOKEN, grant.token()), grant.requestedBy());
        if (!Boolean.TRUE.equals(connected.get("ok"))) {
            throw ApiException.validation("Shopify granted a token, but the shop refused it: " + connected.get("error"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        answer.put("shop", grant.shop());
        answer.put("redirect", REDIRECT);
        return answer;
    }
}

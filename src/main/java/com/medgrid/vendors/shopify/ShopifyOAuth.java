package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorCalls;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shopify's authorization-code grant for MedGrid's Shopify app: the install URL with a state nonce
 * (single-use, ten minutes, in the database so that any cluster member takes the callback), and
 * the callback's checks, in this order: the shop domain, Shopify's HMAC over the query, the state;
 * then the code is exchanged for the shop's Admin API token.
 */
@ApplicationScoped
public class ShopifyOAuth {

    static final String HMAC_FAILED = "HMAC verification failed.";
    static final String STATE_INVALID = "OAuth state expired or invalid";

    /** An install MedGrid can send the merchant to. */
    record Install(String url, String shop, String redirectUri, String state) {
    }

    /** A token Shopify granted, for the connection the install was started for. */
    record Grant(String shop, String token, String scope, String integration, String vendorProfile, String requestedBy) {
    }

    /** A callback MedGrid refuses, with the words the reference gives. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    @Inject
    ShopifyOAuthStates states;
    @Inject
    ShopifyCalls calls;
    @Inject
    VendorCalls vendor;
    @Inject
    @ConfigProperty(name = "medgrid.shopify.client-id")
    Optional<String> clientId;
    @Inject
    @ConfigProperty(name = "medgrid.shopify.client-secret")
    Optional<String> clientSecret;
    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;

    /** @param scopes what the merchant is asked to grant, comma-separated */
    Install start(String shop, String callbackMethod, String scopes, String integration, String vendorProfile, String requestedBy) {
        if (shop == null || !ShopifyShop.DOMAIN.matcher(shop).matches()) {
            throw VendorException.rejected("The shop must be a <name>.myshopify.com domain, got " + shop + ".");
        }
        String state = states.issue(shop, integration, vendorProfile, requestedBy);
        String redirectUri = publicUrl + "/api/method/" + callbackMethod;
        String url = UriBuilder.fromUri(calls.shopUrl(shop) + "/admin/oauth/authorize").queryParam("client_id", appId())
                .queryParam("scope", scopes).queryParam("redirect_uri", redirectUri).queryParam("state", state).build().toString();
        return new Install(url, shop, redirectUri, state);
    }

    /** Checks a callback's query and exchanges its code; the state is used up even when the exchange fails. */
    Grant complete(Map<String, List<String>> query) throws Refused {
        String shop = single(query, "shop");
        if (shop == null || !ShopifyShop.DOMAIN.matcher(shop).matches()) {
            throw new Refused("The shop must be a <name>.myshopify.com domain.");
        }
        if (!ShopifyCallbackHmac.verifies(query, appSecret())) {
            throw new Refused(HMAC_FAILED);
        }
        ShopifyOAuthState state = states.take(single(query, "state"), shop).orElseThrow(() -> new Refused(STATE_INVALID));
        String code = single(query, "code");
        if (code == null || code.isBlank()) {
            throw new Refused("Shopify sent no authorization code.");
        }
        JsonObject body = ApiJson.JSON.createObjectBuilder().add("client_id", appId()).add("client_secret", appSecret()).add("code", code).build();
        JsonObject token = vendor.object(vendor.plainClient().target(calls.shopUrl(shop) + "/admin/oauth/access_token")
                .request(MediaType.APPLICATION_JSON).post(Entity.json(body.toString())), new ShopifyErrors());
        String accessToken = token.getString("access_token", "");
        if (accessToken.isBlank()) {
            throw VendorException.unavailable("Shopify answered the code exchange without an access_token.", null);
        }
        return new Grant(shop, accessToken, token.getString("scope", ""), state.getIntegration(), state.getVendorProfile(),
                state.getRequestedBy());
    }

    private String appId() {
        return clientId.filter(id -> !id.isBlank()).orElseThrow(() -> VendorException.notConfigured(
                "MedGrid's Shopify app is not configured: set medgrid.shopify.client-id and medgrid.shopify.client-secret."));
    }

    /** The app's API secret: Shopify signs OAuth callbacks and the webhooks the app subscribed to with it. */
    String appSecret() {
        return clientSecret.filter(secret -> !secret.isBlank()).orElseThrow(() -> VendorException.notConfigured(
                "MedGrid's Shopify app is not configured: set medgrid.shopify.client-id and medgrid.shopify.client-secret."));
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.Connection;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * {@code POST /api/method/medgrid.shopify.webhook?token=…}: order webhooks from vendors' own stores,
 * which MedGrid subscribed when the vendor connected ({@link ShopifyStoreIntegration}). The token
 * names the connection; Shopify signs an app's subscriptions with the app's API secret, and the
 * shop must be the connection's.
 */
@Path("method/medgrid.shopify.webhook")
@RequestScoped
public class ShopifyStoreWebhookResource {

    @Inject
    ConnectionStore connections;
    @Inject
    ShopifyWebhookIntake intake;
    @Inject
    ShopifyOAuth oauth;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@QueryParam("token") String token, @HeaderParam("X-Shopify-Shop-Domain") String shop,
                                       @HeaderParam("X-Shopify-Hmac-Sha256") String signature, @HeaderParam("X-Shopify-Topic") String topic,
                                       @HeaderParam("X-Shopify-Webhook-Id") String webhookId,
                                       @HeaderParam("X-Shopify-Triggered-At") String triggeredAt, byte[] body) {
        Connection connection = (token == null ? java.util.Optional.<Connection>empty() : connections.byWebhookToken(Shopify.KEY, token))
                .orElseThrow(() -> ApiException.authentication("Unknown or missing webhook token."));
        if (shop == null || !shop.equals(connection.credentials().get(Shopify.SHOP_DOMAIN))) {
            throw ApiException.authentication("X-Shopify-Shop-Domain " + shop + " is not the shop of this connection.");
        }
        String secret;
        try {
            secret = oauth.appSecret();
        } catch (VendorException e) {
            throw ApiException.authentication(e.getMessage() + " Shopify's webhooks cannot be verified without it.");
        }
        return intake.accept(Shopify.KEY, connection, secret, new ShopifyWebhookIntake.Headers(signature, topic, webhookId, triggeredAt), body);
    }
}

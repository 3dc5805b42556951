package com.medgrid.vendors.shopify;

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
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * {@code POST /api/method/medgrid.exoceuticals.webhook}: Shopify's order webhooks for the
 * Exoceuticals store, set up in its Shopify Admin and signed with {@code exoceuticals_webhook_secret}.
 * Its own resource because the signature covers the raw body bytes.
 */
@Path("method/medgrid.exoceuticals.webhook")
@RequestScoped
public class ExoceuticalsWebhookResource {

    @Inject
    ConnectionStore connections;
    @Inject
    ShopifyWebhookIntake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam("X-Shopify-Hmac-Sha256") String signature, @HeaderParam("X-Shopify-Topic") String topic,
                                       @HeaderParam("X-Shopify-Webhook-Id") String webhookId,
                                       @HeaderParam("X-Shopify-Triggered-At") String triggeredAt, byte[] body) {
        Connection connection = connections.active(Exoceuticals.KEY, null)
                .orElseThrow(() -> ApiException.authentication("Exoceuticals is not configured here, so its webhooks cannot be verified."));
        String secret = connection.credentials().get(Exoceuticals.WEBHOOK_SECRET);
        if (secret == null || secret.isBlank()) {
            throw ApiException.authentication("No exoceuticals_webhook_secret is configured, so Shopify's webhooks cannot be verified.");
        }
        return intake.accept(Exoceuticals.KEY, connection, secret, new ShopifyWebhookIntake.Headers(signature, topic, webhookId, triggeredAt), body);
    }
}

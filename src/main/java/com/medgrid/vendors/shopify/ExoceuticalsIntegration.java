package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.PushAndPullIntegration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Optional;

/**
 * Exoceuticals as a managed integration: admins connect the store with
 * {@code medgrid.integrations.connect} ({@code integration_type: exoceuticals}, the settings under
 * their reference names); checking it asks the shop for its name. Shopify signs its webhooks with
 * the store's webhook secret, so the webhook URL carries no token. A sync pushes the unsent
 * dispatches and polls the open orders.
 */
@ApplicationScoped
public class ExoceuticalsIntegration extends PushAndPullIntegration {

    @Inject
    ShopifyCalls calls;

    @Override
    public VendorDescription description() {
        return Exoceuticals.DESCRIPTION;
    }

    @Override
    public String tagline() {
        return "Orders placed in the Exoceuticals Shopify store through the Admin GraphQL API; fulfilment and tracking come back by webhooks.";
    }

    @Override
    public String authKind() {
        return "oauth";
    }

    @Override
    public String missingCredentials() {
        return "exoceuticals_shop_domain and exoceuticals_api_token are required (medgrid.exoceuticals.oauth_install_url obtains the token).";
    }

    @Override
    public boolean tokenInWebhookUrl() {
        return false;
    }

    @Override
    public Optional<String> probe(Map<String, String> credentials) {
        try {
            calls.query(ShopifyShop.exoceuticals(credentials), ShopifyOperation.SHOP, JsonValue.EMPTY_JSON_OBJECT);
            return Optional.empty();
        } catch (VendorException.NotConfigured refused) {
            return Optional.of(refused.getMessage());
        }
    }
}

package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.IntegrationService;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code medgrid.integrations.shopify_start_install}: a vendor starts connecting its own store. The
 * answer's {@code authorize_url} is opened in a browser; after the merchant approves, Shopify sends
 * them to {@code shopify_callback} ({@link ShopifyStoreCallback}), which finishes the connection for
 * the vendor that started it.
 */
@ApplicationScoped
@RolesAllowed({Roles.VENDOR, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
@RequiresScope(Scopes.INTEGRATIONS_MANAGE)
public class ShopifyStoreInstall {

    static final String CALLBACK = "medgrid.integrations.shopify_callback";

    @Inject
    ShopifyOAuth oauth;
    @Inject
    IntegrationService integrations;
    @Inject
    CurrentUser user;

    @ApiMethod(value = "medgrid.integrations.shopify_start_install", httpMethods = "POST",
            summary = "The Shopify authorization URL for the vendor's own store ({shop_domain}); Shopify then calls shopify_callback")
    public Map<String, Object> startInstall(ApiArgs args) {
        String shop = args.requireString("shop_domain").trim();
        String owner = integrations.callerOwner();
        if (owner == null) {
            throw ApiException.permission("A Shopify store is connected by its vendor: sign in as a user of an approved Vendor Profile.");
        }
        if (!ShopifyShop.DOMAIN.matcher(shop).matches()) {
            throw ApiException.validation("shop_domain must be your store's <name>.myshopify.com domain, got " + shop + ".");
        }
        ShopifyOAuth.Install install = VendorException.duringRequest(Shopify.DESCRIPTION.label(),
                () -> oauth.start(shop, CALLBACK, Shopify.SCOPES, Shopify.KEY, owner, user.name()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", true);
        answer.put("authorize_url", install.url());
        answer.put("state", install.state());
        return answer;
    }
}

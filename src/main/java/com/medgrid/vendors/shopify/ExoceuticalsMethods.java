package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.DispatchPoller;
import com.medgrid.fulfillment.DispatchRelay;
import com.medgrid.fulfillment.FulfillmentService;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The admins' Exoceuticals methods (API reference, "Shopify (Exoceuticals) Integration"): install
 * the app, map the catalog, mirror the inventory, send an order's Exoceuticals lines now, and ask
 * Shopify about an order.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class ExoceuticalsMethods {

    private static final String VENDOR = Exoceuticals.DESCRIPTION.label();

    @Inject
    ExoceuticalsConnector connector;
    @Inject
    ShopifyCatalogSync catalog;
    @Inject
    ExoceuticalsInventory inventory;
    @Inject
    FulfillmentService fulfillment;
    @Inject
    SalesOrderService orders;
    @Inject
    DispatchRelay relay;
    @Inject
    DispatchPoller poller;
    @Inject
    ShopifyOAuth oauth;
    @Inject
    ConnectionStore connections;
    @Inject
    CurrentUser currentUser;

    /** The URL an admin opens to install MedGrid's app in the Exoceuticals store (the shop's, unless {@code shop} names another). */
    @RequiresScope(Scopes.INTEGRATIONS_MANAGE)
    @ApiMethod(value = "medgrid.exoceuticals.oauth_install_url", httpMethods = {"GET", "POST"},
            summary = "The Shopify install URL for the Exoceuticals store (optional shop; default exoceuticals_shop_domain)")
    public Map<String, Object> oauthInstallUrl(ApiArgs args) {
        String shop = args.string("shop").filter(value -> !value.isBlank()).or(() -> connections.stored(Exoceuticals.KEY, null)
                        .map(connection -> connection.credentials().get(Exoceuticals.SHOP_DOMAIN)))
                .orElseThrow(() -> ApiException.validation("shop is required: no exoceuticals_shop_domain is configured yet."));
        ShopifyOAuth.Install install = VendorException.duringRequest(VENDOR,
                () -> oauth.start(shop, "medgrid.exoceuticals.oauth_callback", Exoceuticals.SCOPES, Exoceuticals.KEY, null, currentUser.name()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("install_url", install.url());
        answer.put("shop", install.shop());
        answer.put("redirect_uri", install.redirectUri());
        return answer;
    }

    @RequiresScope(Scopes.INTEGRATIONS_MANAGE)
    @ApiMethod(value = "medgrid.exoceuticals.sync_catalog", httpMethods = "POST",
            summary = "Write Shopify product, variant and inventory item GIDs onto the Items whose code is the variant's SKU")
    public Map<String, Object> syncCatalog() {
        ShopifyCatalogSync.Result result = VendorException.duringRequest(VENDOR, () -> catalog.sync(ShopifyCatalogSync.Catalog.exoceuticals(connector.connection())));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "ok");
        answer.put("matched", result.matched());
        answer.put("unmatched_count", result.unmatchedCount());
        answer.put("unmatched_skus", result.unmatchedSkus());
        return answer;
    }

    @RequiresScope(Scopes.INTEGRATIONS_MANAGE)
    @ApiMethod(value = "medgrid.exoceuticals.sync_inventory", httpMethods = "POST",
            summary = "Mirror Shopify's available quantities at exoceuticals_location_id into the Exoceuticals warehouse's Bins")
    public Map<String, Object> syncInventory() {
        ExoceuticalsInventory.Result result = VendorException.duringRequest(VENDOR, () -> inventory.sync(connector.connection()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "ok");
        answer.put("updated", result.updated());
        answer.put("warehouse", result.warehouse());
        return answer;
    }

    /** Sends the order's dispatch to Exoceuticals now, rather than when the relay gets to it; 409 once it is there. */
    @RequiresScope(Scopes.ORDERS_WRITE)
    @ApiMethod(value = "medgrid.exoceuticals.sync_to_exoceuticals", httpMethods = "POST",
            summary = "Create the Shopify order of a submitted Sales Order's Exoceuticals lines now ({sales_order}); 409 once created")
    public Map<String, Object> syncToExoceuticals(ApiArgs args) {
        String name = args.requireString("sales_order");
        SalesOrder order = orders.visible(name, LockModeType.NONE);
        if (order.getDocstatus() != 1) {
            throw ApiException.validation("Sales Order " + name + " is " + order.getStatus()
                    + ": only submitted orders can be sent to Exoceuticals.");
        }
        FulfillmentService.DispatchState dispatch = dispatchOf(name);
        if (!dispatch.orders().isEmpty()) {
            throw ApiException.duplicate("Sales Order " + name + " is already in Exoceuticals' store as "
                    + dispatch.orders().get(0).vendorOrderId() + ".");
        }
        relay.pushNow(Exoceuticals.KEY, dispatch.name());
        FulfillmentService.DispatchState after = dispatchOf(name);
        if (after.orders().isEmpty()) {
            throw ApiException.validation("Exoceuticals did not take Sales Order " + name + ": " + after.lastError()
                    + ("Failed".equals(after.status()) ? "" : " (MedGrid tries again by itself)"));
        }
        Map<String, String> fields = stringFields(name);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("exoceuticals_order_id", fields.get("exoceuticals_order_id"));
        answer.put("exoceuticals_order_name", fields.get("exoceuticals_order_name"));
        return answer;
    }

    /** Asks Shopify about the order now (belt and braces beside the webhooks); answers the new {@code exoceuticals_status}. */
    @RequiresScope(Scopes.ORDERS_READ)
    @ApiMethod(value = "medgrid.exoceuticals.poll_exoceuticals_status", httpMethods = {"GET", "POST"},
            summary = "Ask Shopify for an order's fulfilment status and tracking now ({sales_order}); answers exoceuticals_status")
    public String pollStatus(ApiArgs args) {
        String name = args.requireString("sales_order");
        FulfillmentService.DispatchState dispatch = dispatchOf(name);
        if (dispatch.orders().isEmpty()) {
            throw ApiException.validation("Sales Order " + name + " is not in Exoceuticals' store yet: " + dispatch.lastError());
        }
        dispatch.orders().forEach(placed -> VendorException.duringRequest(VENDOR, () -> poller.pollOrder(placed)));
        return stringFields(name).get("exoceuticals_status");
    }

    private FulfillmentService.DispatchState dispatchOf(String salesOrder) {
        return fulfillment.dispatchOf(salesOrder, Exoceuticals.KEY)
                .orElseThrow(() -> ApiException.validation("Sales Order " + salesOrder + " has no lines routed to Exoceuticals "
                        + "(items need an exoceuticals_variant_id: run sync_catalog)."));
    }

    private Map<String, String> stringFields(String salesOrder) {
        Map<String, String> fields = new LinkedHashMap<>();
        orders.vendorFields(salesOrder).forEach((field, value) -> fields.put(field, value == null ? null : value.toString()));
        return fields;
    }
}

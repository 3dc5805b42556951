package com.medgrid.vendors.shopify;

import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.logging.Logger;

/**
 * Applies stored Shopify order webhooks ({@link ShopifyWebhookIntake}) to the vendor order they are
 * about, at Shopify's {@code X-Shopify-Triggered-At}: the vendor order keeps the newest news, so a
 * late {@code orders/updated} never undoes an {@code orders/fulfilled}. One handler per vendor's
 * inbox source.
 */
abstract class ShopifyWebhookNews implements InboxHandler {

    static final String CONNECTION = "connection";
    static final String ORDER = "order";
    private static final Logger LOG = Logger.getLogger(ShopifyWebhookNews.class.getName());

    @Inject
    VendorOrders vendorOrders;

    @Override
    public void process(InboxMessage message) {
        JsonObject stored = ApiJson.JSON.createReader(new StringReader(message.getBody())).readObject();
        JsonObject order = stored.getJsonObject(ORDER);
        String orderId = order.getString("admin_graphql_api_id", null);
        vendorOrders.byVendorId(source(), stored.getString(CONNECTION), orderId).ifPresentOrElse(
                placed -> vendorOrders.update(placed.name(), ShopifyOrderNews.ofWebhook(order, message.getEventAt())),
                () -> LOG.warning(() -> "Shopify " + message.getEventType() + " for unknown order " + orderId + " ignored"));
    }

    /** The webhook carries the order as it is now: Shopify is not called back. */
    @Override
    public boolean callsVendor() {
        return false;
    }

    /** The Exoceuticals store's webhooks. */
    @ApplicationScoped
    static class OfExoceuticals extends ShopifyWebhookNews {
        @Override
        public String source() {
            return Exoceuticals.KEY;
        }
    }

    /** Vendors' own stores' webhooks. */
    @ApplicationScoped
    static class OfVendorStores extends ShopifyWebhookNews {
        @Override
        public String source() {
            return Shopify.KEY;
        }
    }
}

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
 * Applies stored Shopify order webhooks to the Exoceuticals order they are about, at Shopify's
 * {@code X-Shopify-Triggered-At}: the vendor order keeps the newest news, so a late
 * {@code orders/updated} never undoes an {@code orders/fulfilled}.
 */
@ApplicationScoped
public class ExoceuticalsEvents implements InboxHandler {

    private static final Logger LOG = Logger.getLogger(ExoceuticalsEvents.class.getName());

    @Inject
    VendorOrders vendorOrders;

    @Override
    public String source() {
        return ExoceuticalsWebhookResource.SOURCE;
    }

    @Override
    public void process(InboxMessage message) {
        JsonObject order = ApiJson.JSON.createReader(new StringReader(message.getBody())).readObject();
        String orderId = order.getString("admin_graphql_api_id", null);
        vendorOrders.byVendorId(Exoceuticals.KEY, null, orderId).ifPresentOrElse(
                placed -> vendorOrders.update(placed.name(), ShopifyOrderNews.ofWebhook(order, message.getEventAt())),
                () -> LOG.warning(() -> "Shopify " + message.getEventType() + " for unknown order " + orderId + " ignored"));
    }
}

package com.medgrid.vendors.sinq;

import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorOrders;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.inbox.InboxHandler;
import com.medgrid.platform.inbox.InboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.StringReader;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies stored SINQ webhooks to the SINQ order with their reference: {@code sinq_status},
 * tracking and carrier. They carry no time SINQ vouches for, so none is given: SINQ's lifecycle
 * ({@link Sinq#DESCRIPTION}) keeps an older event (pending after shipped) from moving an order back.
 */
@ApplicationScoped
public class SinqEvents implements InboxHandler {

    private static final Logger LOG = Logger.getLogger(SinqEvents.class.getName());

    @Inject
    VendorOrders vendorOrders;

    @Override
    public String source() {
        return SinqWebhookResource.SOURCE;
    }

    /** Its events carry all it records: SINQ is not called back. */
    @Override
    public boolean callsVendor() {
        return false;
    }

    @Override
    public void process(InboxMessage message) {
        SinqEvent event = SinqEvent.of(ApiJson.JSON.createReader(new StringReader(message.getBody())).readObject());
        List<VendorOrderRef> orders = vendorOrders.byReference(Sinq.KEY, event.reference());
        if (orders.isEmpty()) {
            LOG.warning(() -> "SINQ Ops event " + event.status() + " for unknown reference " + event.reference() + " ignored");
            return;
        }
        VendorUpdate update = new VendorUpdate(event.status(), null, event.trackingNumber(), event.carrier(), event.trackingUrl());
        orders.forEach(order -> vendorOrders.update(order.name(), update));
    }
}

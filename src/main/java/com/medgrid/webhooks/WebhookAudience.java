package com.medgrid.webhooks;

import com.medgrid.catalog.Item;
import com.medgrid.marketplace.VendorDirectory;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.User;
import com.medgrid.platform.security.Viewer;
import com.medgrid.selling.OrderAccess;
import com.medgrid.selling.SalesOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.util.Optional;

/**
 * Who receives an event: a subscription receives what its owner may read, decided by the same
 * rules as the owner's own requests ({@link OrderAccess} as the owner). A partner receives its
 * customers' orders; a vendor the orders it has lines in, without the other vendors' tracking, and
 * low stock of the items it supplies; marketplace staff everything. A disabled owner receives nothing.
 */
@ApplicationScoped
public class WebhookAudience {

    static final String TRACKING_NUMBER = "tracking_number";
    static final String CARRIER = "carrier";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** The body the owner of a subscription receives for this event; empty when the owner may not read its subject. */
    Optional<String> payloadFor(String owner, WebhookEvent event) {
        User user = em.find(User.class, owner);
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        Viewer viewer = Viewer.of(user);
        if (event.getSalesOrder() != null) {
            return orderPayload(viewer, event);
        }
        if (event.getItemCode() != null) {
            return stockPayload(viewer, event);
        }
        return Optional.empty();
    }

    private Optional<String> orderPayload(Viewer viewer, WebhookEvent event) {
        SalesOrder order = em.find(SalesOrder.class, event.getSalesOrder());
        OrderAccess access = OrderAccess.of(viewer, em);
        if (order == null || !access.canSee(order)) {
            return Optional.empty();
        }
        return Optional.of(access.seesWhole(order) ? event.getPayload() : withoutTracking(event.getPayload()));
    }

    /** Stock is the business of the vendor supplying the item and of marketplace staff. */
    private Optional<String> stockPayload(Viewer viewer, WebhookEvent event) {
        if (viewer.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER)) {
            return Optional.of(event.getPayload());
        }
        Item item = em.find(Item.class, event.getItemCode());
        boolean supplier = item != null && item.getDefaultSupplier() != null
                && VendorDirectory.of(viewer, em).callerVendors().contains(item.getDefaultSupplier());
        return supplier ? Optional.of(event.getPayload()) : Optional.empty();
    }

    /** A vendor that sees only its own lines of an order: the order's latest tracking may be another vendor's. */
    private static String withoutTracking(String payload) {
        JsonObject body = ApiJson.JSON.createReader(new StringReader(payload)).readObject();
        if (!body.containsKey(TRACKING_NUMBER)) {
            return payload;
        }
        return ApiJson.JSON.createObjectBuilder(body).addNull(TRACKING_NUMBER).addNull(CARRIER).build().toString();
    }
}

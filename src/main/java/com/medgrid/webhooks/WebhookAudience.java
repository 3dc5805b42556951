package com.medgrid.webhooks;

import com.medgrid.catalog.Item;
import com.medgrid.marketplace.VendorDirectory;
import com.medgrid.platform.api.ApiJson;
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

    /**
     * A subscription owner as the access rules see them; their lookups (customers, vendor profiles)
     * are made once, so keep one per owner while fanning out a batch. Empty for an owner who no
     * longer exists or is disabled: they receive nothing.
     */
    Optional<Owner> owner(String name) {
        User user = em.find(User.class, name);
        if (user == null || !user.isEnabled()) {
            return Optional.empty();
        }
        Viewer viewer = Viewer.of(user);
        return Optional.of(new Owner(viewer, OrderAccess.of(viewer, em), VendorDirectory.of(viewer, em)));
    }

    /** A subscription owner's access, decided by the same rules as their own requests. */
    record Owner(Viewer viewer, OrderAccess orders, VendorDirectory vendors) {
    }

    /** The body this owner receives for the event; empty when they may not read its subject. */
    Optional<String> payloadFor(Owner owner, WebhookEvent event) {
        if (event.getSalesOrder() != null) {
            SalesOrder order = em.find(SalesOrder.class, event.getSalesOrder());
            if (order == null || !owner.orders().canSee(order)) {
                return Optional.empty();
            }
            return Optional.of(owner.orders().seesWhole(order) ? event.getPayload() : withoutTracking(event.getPayload()));
        }
        if (event.getItemCode() != null) {
            return mayReadStockOf(owner, event.getItemCode()) ? Optional.of(event.getPayload()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Stock is the business of the vendor supplying the item and of marketplace staff. */
    private boolean mayReadStockOf(Owner owner, String itemCode) {
        if (owner.viewer().isMarketplaceStaff()) {
            return true;
        }
        Item item = em.find(Item.class, itemCode);
        return item != null && item.getDefaultSupplier() != null && owner.vendors().callerVendors().contains(item.getDefaultSupplier());
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

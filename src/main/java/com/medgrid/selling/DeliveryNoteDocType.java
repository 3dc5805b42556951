package com.medgrid.selling;

import com.medgrid.marketplace.VendorDirectory;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.EntityDocType;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.naming.NamingSeries;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/resource/Delivery Note}: admins and marketplace officers record shipments of
 * submitted orders; a vendor records the shipment of its own lines that no integration ships
 * (fulfilment checks which those are). Whoever may see the order's customer may read them, and a
 * vendor the notes it recorded.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
        Roles.SALES_USER, Roles.CUSTOMER, Roles.VENDOR})
@DocTypeScopes(read = Scopes.ORDERS_READ, write = Scopes.ORDERS_WRITE)
public class DeliveryNoteDocType extends EntityDocType<DeliveryNote> {

    static final DocTypeMeta META = DocTypeMeta.of("Delivery Note", DeliveryNote.class);

    @Inject
    CustomerAccess access;
    @Inject
    OrderAccess orders;
    @Inject
    VendorDirectory vendors;
    @Inject
    CurrentUser user;
    @Inject
    NamingSeries naming;
    @Inject
    Event<DeliveryNoteRecorded> recorded;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("sales_order", "posting_date", "lr_no", "transporter");
    }

    @Override
    protected DeliveryNote newEntity(ApiArgs body) {
        return new DeliveryNote();
    }

    /** A new note must follow a submitted order; it is named from its series inside the saving transaction. */
    @Override
    protected void validate(DeliveryNote note) {
        if (note.getName() != null) {
            return;
        }
        SalesOrder order = em.find(SalesOrder.class, note.getSalesOrder());
        boolean staff = user.isMarketplaceStaff();
        if (order == null || (!staff && !orders.canSee(order))) {
            throw ApiException.validation("Could not find Sales Order: " + note.getSalesOrder());
        }
        List<String> shippedBy = staff ? List.of() : vendors.callerVendors();
        if (!staff && shippedBy.isEmpty()) {
            throw ApiException.permission("Not permitted: shipments are recorded by marketplace staff, or by a vendor with an approved"
                    + " Vendor Profile for its own lines.");
        }
        if (order.getDocstatus() != 1) {
            throw ApiException.validation("Sales Order " + order.getName() + " is " + order.getStatus()
                    + ": only submitted orders can be delivered.");
        }
        note.assign(naming.next(DeliveryNote.SERIES), order.getCustomer(), LocalDate.now(ZoneOffset.UTC));
        recorded.fire(new DeliveryNoteRecorded(order.getName(), note.getName(), note.getLrNo(), note.getTransporter(), shippedBy));
    }

    /** The notes of customers the caller sees, and a vendor's own notes. */
    @Override
    protected RowScope scope() {
        RowScope customers = access.scopeOn("customer");
        if (customers == RowScope.ALL) {
            return customers;
        }
        String me = user.name();
        return (cb, query, root, params) -> cb.or(customers.restrict(cb, query, root, params),
                cb.equal(root.get("owner"), params.of(String.class, me)));
    }

    @Override
    protected boolean visible(DeliveryNote note) {
        return access.canSee(note.getCustomer()) || user.name().equals(note.getOwner());
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.VENDOR})
    public Map<String, Object> create(ApiArgs body) {
        return super.create(body);
    }

    /** lr_no, transporter and posting_date may change; the order a note belongs to may not. */
    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER})
    public Map<String, Object> update(String name, ApiArgs body) {
        DeliveryNote stored = store.find(META, name);
        if (body.string("sales_order").filter(order -> !order.equals(stored.getSalesOrder())).isPresent()) {
            throw ApiException.validation("sales_order of " + name + " cannot be changed.");
        }
        return super.update(name, body);
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    public void delete(String name) {
        super.delete(name);
    }
}

package com.medgrid.fulfillment;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.ReadOnlyDocType;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * {@code /api/resource/Fulfillment Dispatch}: the outbox as admins and marketplace officers see
 * it, each dispatch with its lines, every attempt, and the orders the vendor made of it
 * ({@code vendor_orders}). Read-only: the relay writes it, and {@code retry_dispatch} re-queues a failed one.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER})
@DocTypeScopes(read = Scopes.ORDERS_READ, write = Scopes.ORDERS_WRITE)
public class DispatchDocType extends ReadOnlyDocType<Dispatch> {

    static final DocTypeMeta META = DocTypeMeta.of("Fulfillment Dispatch", Dispatch.class);

    @Inject
    VendorOrders vendorOrders;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Map<String, Object> document(Dispatch dispatch) {
        Map<String, Object> doc = META.render(dispatch);
        doc.put("items", dispatch.getLines().stream().map(DispatchLine::toWire).toList());
        doc.put("attempt_log", dispatch.getAttemptLog().stream().map(DispatchAttempt::toWire).toList());
        doc.put("vendor_orders", vendorOrders.ofDispatch(dispatch.getName()).stream().map(VendorOrder::toWire).toList());
        return doc;
    }
}

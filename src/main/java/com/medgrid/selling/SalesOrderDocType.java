package com.medgrid.selling;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.security.Scopes;
import jakarta.persistence.PessimisticLockException;
import org.eclipse.microprofile.faulttolerance.Retry;
import com.medgrid.platform.api.DocTypeHandler;
import com.medgrid.platform.api.DocTypeSchema;
import com.medgrid.platform.api.ListQueryEngine;
import com.medgrid.platform.api.ListQueryParser;
import com.medgrid.platform.api.ReadPolicy;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/resource/Sales Order}: partner users order for their own customer, reps for the
 * customers assigned to them, admins for anyone; each sees only those orders. Vendors read the
 * orders that contain their items, and only those lines ({@link OrderAccess}).
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
        Roles.SALES_USER, Roles.CUSTOMER, Roles.VENDOR})
@DocTypeScopes(read = Scopes.ORDERS_READ, write = Scopes.ORDERS_WRITE)
public class SalesOrderDocType implements DocTypeHandler {

    @Inject
    ListQueryEngine lists;
    @Inject
    SalesOrderService orders;
    @Inject
    OrderAccess access;
    @Inject
    VendorOrderView vendorView;

    @Override
    public String doctype() {
        return SalesOrderService.META.doctype();
    }

    @Override
    public Optional<DocTypeSchema> schema() {
        return Optional.of(DocTypeSchema.of(orders.document()).withChildTable("items", "Sales Order Item"));
    }

    @Override
    public ReadPolicy readPolicy() {
        return vendorView;
    }

    @Override
    public List<Object> list(ApiArgs args) {
        return lists.list(orders.document(), ListQueryParser.parse(orders.document(), args), access.scope(), vendorView);
    }

    @Override
    public long count(ApiArgs args) {
        return lists.count(orders.document(), ListQueryParser.parse(orders.document(), args), access.scope(), vendorView);
    }

    @Override
    public Map<String, Object> get(String name) {
        return document(orders.visible(name, LockModeType.NONE));
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
            Roles.SALES_USER, Roles.CUSTOMER})
    public Map<String, Object> create(ApiArgs body) {
        return document(orders.create(body));
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
            Roles.SALES_USER, Roles.CUSTOMER})
    /**
     * A cancel or hold locks the order, then its dispatches; the relay and vendor news can hold a
     * dispatch and wait for the order. The database then rolls one of them back as a deadlock
     * victim: the update's transaction (outside it, so the retry is a new one) runs again.
     */
    @Retry(retryOn = PessimisticLockException.class, maxRetries = 3, delay = 50, jitter = 50)
    public Map<String, Object> update(String name, ApiArgs body) {
        return document(orders.update(name, body));
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
            Roles.SALES_USER, Roles.CUSTOMER})
    public void delete(String name) {
        orders.delete(name);
    }

    private Map<String, Object> document(SalesOrder order) {
        Map<String, Object> doc = orders.document().render(order);
        doc.put("items", access.visibleLines(order).stream().map(SalesOrderItem::toWire).toList());
        return doc;
    }
}

package com.medgrid.selling;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.EntityDocType;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;

/**
 * {@code /api/resource/Payment Entry}: admins, marketplace officers and sales managers record
 * payments and refunds against submitted orders ({@link PaymentService}); whoever may see the
 * order's customer (its partner users, its rep, staff) reads them. Entries are submitted when
 * recorded and never change or go away: a mistake is corrected with a Refund.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
        Roles.SALES_USER, Roles.CUSTOMER})
@DocTypeScopes(read = Scopes.ORDERS_READ, write = Scopes.ORDERS_WRITE)
public class PaymentEntryDocType extends EntityDocType<PaymentEntry> {

    @Inject
    CustomerAccess access;
    @Inject
    PaymentService payments;

    @Override
    protected DocTypeMeta meta() {
        return PaymentService.META;
    }

    @Override
    protected Set<String> writableFields() {
        return PaymentService.WRITABLE;
    }

    @Override
    protected PaymentEntry newEntity(ApiArgs body) {
        return new PaymentEntry();
    }

    @Override
    protected RowScope scope() {
        return access.scopeOn("party");
    }

    @Override
    protected boolean visible(PaymentEntry entry) {
        return access.canSee(entry.getParty());
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER})
    public Map<String, Object> create(ApiArgs body) {
        return document(payments.record(body));
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER})
    public Map<String, Object> update(String name, ApiArgs body) {
        visibleEntity(name);
        throw ApiException.validation("Payment Entry " + name + " is submitted and cannot be changed; record a Refund to undo it.");
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER})
    public void delete(String name) {
        visibleEntity(name);
        throw ApiException.validation("Payment Entry " + name + " is submitted and cannot be deleted; record a Refund to undo it.");
    }
}

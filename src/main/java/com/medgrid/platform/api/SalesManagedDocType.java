package com.medgrid.platform.api;

import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * An {@link EntityDocType} that admins and sales managers write (customer records, the sales team);
 * who reads it is declared on the subclass with a class-level {@code @RolesAllowed}.
 */
public abstract class SalesManagedDocType<E extends DocumentEntity> extends EntityDocType<E> {

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.SALES_MANAGER})
    public Map<String, Object> create(ApiArgs body) {
        return super.create(body);
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.SALES_MANAGER})
    public Map<String, Object> update(String name, ApiArgs body) {
        return super.update(name, body);
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.SALES_MANAGER})
    public void delete(String name) {
        super.delete(name);
    }
}

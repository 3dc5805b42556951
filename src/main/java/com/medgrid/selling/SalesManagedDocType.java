package com.medgrid.selling;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.api.EntityDocType;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** Customer records that admins and sales managers write; reads are declared on the subclass. */
abstract class SalesManagedDocType<E extends DocumentEntity> extends EntityDocType<E> {

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

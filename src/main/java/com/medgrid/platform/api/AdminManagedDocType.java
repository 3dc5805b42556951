package com.medgrid.platform.api;

import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * An {@link EntityDocType} that System Managers and Marketplace Admins write; who reads it is
 * declared on the subclass with a class-level {@code @RolesAllowed} (none: any signed-in user).
 */
public abstract class AdminManagedDocType<E extends DocumentEntity> extends EntityDocType<E> {

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    public Map<String, Object> create(ApiArgs body) {
        return super.create(body);
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    public Map<String, Object> update(String name, ApiArgs body) {
        return super.update(name, body);
    }

    @Override
    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    public void delete(String name) {
        super.delete(name);
    }
}

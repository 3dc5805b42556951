package com.medgrid.selling;

import com.medgrid.platform.api.SalesManagedDocType;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** {@code /api/resource/Address}: addresses follow their customer's visibility; admins and sales managers write. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
        Roles.SALES_USER, Roles.CUSTOMER})
@DocTypeScopes(read = {Scopes.ORDERS_READ, Scopes.EMR}, write = {Scopes.ORDERS_WRITE, Scopes.EMR})
public class AddressDocType extends SalesManagedDocType<Address> {

    static final DocTypeMeta META = DocTypeMeta.of("Address", Address.class);

    @Inject
    CustomerAccess access;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("address_title", "address_type", "address_line1", "address_line2", "city", "state", "pincode",
                "country", "customer");
    }

    @Override
    protected Address newEntity(ApiArgs body) {
        return new Address(body.requireString("address_title"), body.requireString("address_type"));
    }

    @Override
    protected void validate(Address address) {
        if (!UsStates.isValid(address.getState())) {
            throw ApiException.validation("state: " + address.getState() + " is not a US state code (e.g. CA, NY, TX).");
        }
        store.requireLink("Customer", Customer.class, address.getCustomer());
    }

    @Override
    protected RowScope scope() {
        return access.scopeOn("customer");
    }

    @Override
    protected boolean visible(Address address) {
        return access.canSee(address.getCustomer());
    }
}

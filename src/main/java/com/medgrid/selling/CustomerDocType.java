package com.medgrid.selling;

import com.medgrid.platform.api.SalesManagedDocType;

import com.medgrid.catalog.PriceList;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import com.medgrid.platform.security.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * {@code /api/resource/Customer}: admins and sales managers manage customers; reps and partner
 * users read the ones {@link CustomerAccess} lets them see.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
        Roles.SALES_USER, Roles.CUSTOMER})
@DocTypeScopes(read = {Scopes.ORDERS_READ, Scopes.EMR}, write = {Scopes.ORDERS_WRITE, Scopes.EMR})
public class CustomerDocType extends SalesManagedDocType<Customer> {

    static final DocTypeMeta META = DocTypeMeta.of("Customer", Customer.class);

    @Inject
    CustomerAccess access;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("customer_name", "customer_type", "territory", "assigned_rep", "default_price_list", "email_id",
                "portal_user", "disabled", "date_of_birth", "gender", "mobile_no");
    }

    @Override
    protected Customer newEntity(ApiArgs body) {
        return new Customer(body.requireString("customer_name"));
    }

    @Override
    protected void validate(Customer customer) {
        store.requireLink("User", User.class, customer.getAssignedRep());
        store.requireLink("User", User.class, customer.getPortalUser());
        store.requireLink("Price List", PriceList.class, customer.getDefaultPriceList());
    }

    @Override
    protected RowScope scope() {
        return access.scopeOn("name");
    }

    @Override
    protected boolean visible(Customer customer) {
        return access.canSee(customer.getName());
    }
}

package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** {@code medgrid.api.*_stock_update_request}: vendors ask for stock changes, marketplace officers review them. */
@ApplicationScoped
public class StockUpdateMethods {

    @Inject
    StockUpdateRequests requests;

    @RolesAllowed({Roles.VENDOR, Roles.MARKETPLACE_OFFICER, Roles.MARKETPLACE_ADMIN, Roles.SYSTEM_MANAGER})
    @ApiMethod(value = "medgrid.api.create_stock_update_request", httpMethods = "POST",
            summary = "Request a stock change for one of your items ({item, action: Add|Remove|Set, warehouse, quantity, reason}); lands as Requested")
    public Map<String, Object> create(ApiArgs args) {
        return requests.create(args);
    }

    @RolesAllowed({Roles.MARKETPLACE_OFFICER, Roles.MARKETPLACE_ADMIN, Roles.SYSTEM_MANAGER})
    @ApiMethod(value = "medgrid.api.approve_stock_update_request", httpMethods = "POST",
            summary = "Approve a Requested stock update ({name}): the bin changes with it, never below its reserved quantity")
    public Map<String, Object> approve(ApiArgs args) {
        return requests.approve(args.requireString("name"));
    }

    @RolesAllowed({Roles.MARKETPLACE_OFFICER, Roles.MARKETPLACE_ADMIN, Roles.SYSTEM_MANAGER})
    @ApiMethod(value = "medgrid.api.reject_stock_update_request", httpMethods = "POST",
            summary = "Reject a Requested stock update ({name, reason})")
    public Map<String, Object> reject(ApiArgs args) {
        return requests.reject(args.requireString("name"), args);
    }
}

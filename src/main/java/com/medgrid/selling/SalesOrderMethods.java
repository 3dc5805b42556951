package com.medgrid.selling;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** ERPNext's Sales Order RPCs, under the names its desk and clients call. */
@ApplicationScoped
public class SalesOrderMethods {

    @Inject
    SalesOrderService orders;

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER, Roles.SALES_USER})
    @RequiresScope(Scopes.ORDERS_WRITE)
    @ApiMethod(value = "erpnext.selling.doctype.sales_order.sales_order.update_status", httpMethods = "POST",
            summary = "Put a submitted order On Hold or Closed, or resume/re-open it with status Draft ({name, status})")
    public Map<String, Object> updateStatus(ApiArgs args) {
        SalesOrder order = orders.updateStatus(args.requireString("name"), args.requireString("status"));
        return Map.of("name", order.getName(), "status", order.getStatus());
    }
}

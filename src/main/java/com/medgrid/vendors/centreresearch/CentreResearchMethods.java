package com.medgrid.vendors.centreresearch;

import com.medgrid.fulfillment.DispatchPoller;
import com.medgrid.fulfillment.FulfillmentService;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import com.medgrid.selling.SalesOrderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code medgrid.centre_research.poll_cr_status}: asks Centre Research about one order now, rather
 * than at the poll timer's next round (Centre Research sends no webhooks).
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class CentreResearchMethods {

    @Inject
    FulfillmentService fulfillment;
    @Inject
    SalesOrderService orders;
    @Inject
    DispatchPoller poller;

    @RequiresScope(Scopes.ORDERS_READ)
    @ApiMethod(value = "medgrid.centre_research.poll_cr_status",
            summary = "Ask Centre Research for an order's status, tracking and shipping tier now (sales_order)")
    public Map<String, Object> pollStatus(ApiArgs args) {
        String name = args.requireString("sales_order");
        FulfillmentService.DispatchState dispatch = fulfillment.dispatchOf(name, CentreResearch.KEY)
                .orElseThrow(() -> ApiException.validation("Sales Order " + name + " has no lines routed to Centre Research."));
        int applied = 0;
        for (var order : dispatch.orders()) {
            applied += VendorException.duringRequest("Centre Research", () -> poller.pollOrder(order));
        }
        FulfillmentService.DispatchState after = fulfillment.dispatchOf(name, CentreResearch.KEY).orElseThrow();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sales_order", name);
        result.put("dispatch_status", after.status());
        result.put("error", after.lastError());
        result.put("updates_applied", applied);
        Map<String, Object> fields = orders.vendorFields(name);
        CentreResearch.DESCRIPTION.orderFields().forEach(field -> result.put(field.name(), fields.get(field.name())));
        return result;
    }
}

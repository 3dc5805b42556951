package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code medgrid.fulfillment_router.*}: shipment tracking per order, and retrying failed dispatches. */
@ApplicationScoped
public class FulfillmentMethods {

    @Inject
    FulfillmentService fulfillment;
    @Inject
    DispatchRelay relay;

    @RequiresScope(Scopes.ORDERS_READ)
    @ApiMethod(value = "medgrid.fulfillment_router.aggregate_shipments",
            summary = "Every vendor shipment of a Sales Order with status and tracking ({sales_order})")
    public Map<String, Object> aggregateShipments(ApiArgs args) {
        String order = args.requireString("sales_order");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sales_order", order);
        result.put("shipments", fulfillment.shipments(order));
        return result;
    }

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @RequiresScope(Scopes.ORDERS_WRITE)
    @ApiMethod(value = "medgrid.fulfillment_router.retry_dispatch", httpMethods = "POST",
            summary = "Send a failed Fulfillment Dispatch again ({dispatch})")
    public Map<String, Object> retryDispatch(ApiArgs args) {
        Dispatch dispatch = fulfillment.retry(args.requireString("dispatch"));
        relay.sweepSoon();
        return Map.of("name", dispatch.getName(), "status", dispatch.getStatus());
    }
}

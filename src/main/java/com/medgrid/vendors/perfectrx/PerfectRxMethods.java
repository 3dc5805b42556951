package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.DispatchPoller;
import com.medgrid.fulfillment.DispatchRelay;
import com.medgrid.fulfillment.FulfillmentService;
import com.medgrid.fulfillment.VendorException;
import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import com.medgrid.selling.CustomerAccess;
import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code medgrid.perfectrx.*}: the EMR APIs of the developer API document. */
@ApplicationScoped
@RolesAllowed({Roles.EMR_INTEGRATION, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class PerfectRxMethods {

    @Inject
    PerfectRxConnector connector;
    @Inject
    PerfectRxPatients patients;
    @Inject
    PerfectRxCalls calls;
    @Inject
    CustomerAccess customers;
    @Inject
    SalesOrderService orders;
    @Inject
    FulfillmentService fulfillment;
    @Inject
    DispatchRelay relay;
    @Inject
    DispatchPoller poller;

    @RequiresScope(Scopes.EMR)
    @ApiMethod(value = "medgrid.perfectrx.ensure_patient", httpMethods = "POST",
            summary = "Create or look up the customer's PerfectRx patient and keep its id on the Customer ({customer})")
    public Map<String, Object> ensurePatient(ApiArgs args) {
        String customer = args.requireString("customer");
        if (!customers.canSee(customer)) {
            throw ApiException.validation("Could not find Customer: " + customer);
        }
        PerfectRxPatients.Provisioned patient = VendorException.duringRequest("PerfectRx", () -> patients.ensure(connector.connection().credentials(), customer));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("customer", customer);
        result.put("perfectrx_patient_id", patient.patientId());
        result.put("created", patient.created());
        return result;
    }

    @RequiresScope(Scopes.EMR)
    @ApiMethod(value = "medgrid.perfectrx.sync_to_perfectrx", httpMethods = "POST",
            summary = "Send a submitted order's PerfectRx lines now ({sales_order}); 409 once synced")
    public Map<String, Object> syncToPerfectrx(ApiArgs args) {
        String name = args.requireString("sales_order");
        SalesOrder order = orders.visible(name, LockModeType.NONE);
        if (order.getDocstatus() != 1) {
            throw ApiException.validation("Sales Order " + name + " is " + order.getStatus() + ": only submitted orders can be sent to PerfectRx.");
        }
        FulfillmentService.DispatchState dispatch = fulfillment.dispatchOf(name, PerfectRx.KEY)
                .orElseThrow(() -> ApiException.validation("Sales Order " + name + " has no lines routed to PerfectRx."));
        if ("Sent".equals(dispatch.status())) {
            throw ApiException.duplicate("Sales Order " + name + " is already synced to PerfectRx (reference " + references(dispatch) + ").");
        }
        relay.pushNow(PerfectRx.KEY, dispatch.name());
        FulfillmentService.DispatchState after = fulfillment.dispatchOf(name, PerfectRx.KEY).orElseThrow();
        if ("Failed".equals(after.status())) {
            throw ApiException.validation("PerfectRx did not take Sales Order " + name + ": " + after.lastError());
        }
        return state(after);
    }

    @RequiresScope({Scopes.EMR, Scopes.ORDERS_READ})
    @ApiMethod(value = "medgrid.perfectrx.poll_perfectrx_status",
            summary = "Ask PerfectRx for an order's status and tracking, for when a webhook was missed (sales_order)")
    public Map<String, Object> pollStatus(ApiArgs args) {
        String name = args.requireString("sales_order");
        FulfillmentService.DispatchState dispatch = fulfillment.dispatchOf(name, PerfectRx.KEY)
                .orElseThrow(() -> ApiException.validation("Sales Order " + name + " has no lines routed to PerfectRx."));
        dispatch.orders().forEach(order -> VendorException.duringRequest("PerfectRx", () -> poller.pollOrder(order)));
        return state(fulfillment.dispatchOf(name, PerfectRx.KEY).orElseThrow());
    }

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @RequiresScope(Scopes.INTEGRATIONS_MANAGE)
    @ApiMethod(value = "medgrid.perfectrx.register_webhook", httpMethods = "POST",
            summary = "Register MedGrid's PerfectRx webhook URL with PerfectRx ({public_base_url, contact_email})")
    public Map<String, Object> registerWebhook(ApiArgs args) {
        String base = args.requireString("public_base_url").replaceAll("/+$", "");
        if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw ApiException.validation("public_base_url must be an http(s) URL, got " + base + ".");
        }
        String url = base + "/api/method/medgrid.perfectrx.webhook";
        var registration = ApiJson.JSON.createObjectBuilder().add("url", url);
        args.string("contact_email").ifPresent(email -> registration.add("contactEmail", email));
        VendorException.duringRequest("PerfectRx", () -> calls.registerWebhook(connector.connection().credentials(), registration.build()));
        return Map.of("ok", true, "url", url);
    }

    /** The dispatch and each PerfectRx order it became (an e-script, an OTC order), with status and tracking. */
    private Map<String, Object> state(FulfillmentService.DispatchState dispatch) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sales_order", dispatch.salesOrder());
        result.put("dispatch_status", dispatch.status());
        result.put("reference_id", references(dispatch));
        result.put("error", dispatch.lastError());
        Map<String, Object> fields = orders.vendorFields(dispatch.salesOrder());
        PerfectRx.DESCRIPTION.orderFields().forEach(field -> result.put(field.name().replace("perfectrx_", ""), fields.get(field.name())));
        return result;
    }

    private static String references(FulfillmentService.DispatchState dispatch) {
        return dispatch.orders().isEmpty() ? null : String.join(", ", dispatch.orders().stream().map(VendorOrderRef::vendorOrderId).toList());
    }
}

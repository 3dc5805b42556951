package com.medgrid.vendors.pharmaone;

import com.medgrid.fulfillment.VendorException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/** The admins' PharmaOne methods: map the catalog and mirror the stock now (both also run daily). */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
@RequiresScope(Scopes.INTEGRATIONS_MANAGE)
public class PharmaOneMethods {

    private static final String VENDOR = PharmaOne.DESCRIPTION.label();

    @Inject
    PharmaOneConnector connector;
    @Inject
    PharmaOneCatalog catalog;
    @Inject
    PharmaOneInventory inventory;

    @ApiMethod(value = "medgrid.pharmaone.sync_catalog", httpMethods = "POST",
            summary = "Write each PharmaOne product's id as pharmaone_product_id onto the Item whose code is its SKU")
    public Map<String, Object> syncCatalog() {
        PharmaOneCatalog.Result result = VendorException.duringRequest(VENDOR, () -> catalog.sync(connector.connection()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "ok");
        answer.put("matched", result.matched());
        answer.put("unmatched_count", result.unmatchedCount());
        answer.put("unmatched_skus", result.unmatchedSkus());
        return answer;
    }

    @ApiMethod(value = "medgrid.pharmaone.sync_inventory", httpMethods = "POST",
            summary = "Mirror PharmaOne's available stock into the PharmaOne warehouse's Bins")
    public Map<String, Object> syncInventory() {
        PharmaOneInventory.Result result = VendorException.duringRequest(VENDOR, () -> inventory.sync(connector.connection()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "ok");
        answer.put("updated", result.updated());
        answer.put("warehouse", result.warehouse());
        return answer;
    }
}

package com.medgrid.fulfillment;

import com.medgrid.catalog.Warehouse;
import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** {@code /api/resource/Fulfillment Routing Rule}: admins edit the rules, marketplace officers read them. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER})
public class RoutingRuleDocType extends AdminManagedDocType<RoutingRule> {

    static final DocTypeMeta META = DocTypeMeta.of("Fulfillment Routing Rule", RoutingRule.class);

    @Inject
    Vendors vendors;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("vendor", "priority", "requires_prescription", "has_prescriber", "item_field", "warehouse", "enabled");
    }

    @Override
    protected RoutingRule newEntity(ApiArgs body) {
        return new RoutingRule(body.requireString("name"));
    }

    @Override
    protected void validate(RoutingRule rule) {
        if (vendors.byKey(rule.getVendor()).isEmpty()) {
            throw ApiException.validation("vendor must be one of " + vendors.all().stream().map(VendorDescription::key)
                    .collect(Collectors.joining(", ")) + "; got " + rule.getVendor() + ".");
        }
        Set<String> itemFields = vendors.itemFields();
        if (rule.getItemField() != null && !itemFields.contains(rule.getItemField())) {
            throw ApiException.validation("item_field must be an item mapping field (" + String.join(", ", new TreeSet<>(itemFields))
                    + "); got " + rule.getItemField() + ".");
        }
        store.requireLink("Warehouse", Warehouse.class, rule.getWarehouse());
    }
}

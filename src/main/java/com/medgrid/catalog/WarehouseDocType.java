package com.medgrid.catalog;

import com.medgrid.platform.api.AdminManagedDocType;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/** {@code /api/resource/Warehouse}: read by any signed-in user, managed by admins. */
@ApplicationScoped
@DocTypeScopes(read = Scopes.CATALOG_READ)
public class WarehouseDocType extends AdminManagedDocType<Warehouse> {

    private static final DocTypeMeta META = DocTypeMeta.of("Warehouse", Warehouse.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("warehouse_name", "company", "is_group", "disabled");
    }

    /** ERPNext names a warehouse "{warehouse_name} - {company abbreviation}". */
    @Override
    protected Warehouse newEntity(ApiArgs body) {
        String warehouseName = body.requireString("warehouse_name");
        String company = body.requireString("company");
        Company owner = store.find(CompanyDocType.META, company);
        return new Warehouse(warehouseName + " - " + owner.getAbbr());
    }

    @Override
    protected void validate(Warehouse warehouse) {
        store.requireLink("Company", Company.class, warehouse.getCompany());
    }

    @Override
    protected void checkDeletable(Warehouse warehouse) {
        throw ApiException.validation("Warehouses are not deleted: set disabled = 1 to retire " + warehouse.getName() + ".");
    }
}

package com.medgrid.marketplace;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.ReadOnlyDocType;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * {@code /api/resource/Stock Update Request}, read-only: marketplace staff read all, a vendor those of its
 * own Vendor Profiles. Requests are made and reviewed through {@link StockUpdateMethods} only, so that
 * every change of status goes with its stock change and its Audit Log entry.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.VENDOR})
public class StockUpdateRequestDocType extends ReadOnlyDocType<StockUpdateRequest> {

    static final DocTypeMeta META = DocTypeMeta.of(StockUpdateRequests.DOCTYPE, StockUpdateRequest.class);

    @Inject
    StockUpdateAccess access;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected RowScope scope() {
        return access.scope();
    }

    @Override
    protected boolean visible(StockUpdateRequest request) {
        return access.visible(request);
    }
}

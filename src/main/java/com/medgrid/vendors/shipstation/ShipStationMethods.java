package com.medgrid.vendors.shipstation;

import com.medgrid.integrations.IntegrationService;
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

/** {@code medgrid.integrations.connect_shipstation}: the API reference's name for connecting ShipStation ({@code connect} works too). */
@ApplicationScoped
@RolesAllowed({Roles.VENDOR, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
@RequiresScope(Scopes.INTEGRATIONS_MANAGE)
public class ShipStationMethods {

    @Inject
    IntegrationService integrations;

    @ApiMethod(value = "medgrid.integrations.connect_shipstation", httpMethods = "POST",
            summary = "Check ShipStation credentials against ShipStation and save them ({api_key, api_secret})")
    public Map<String, Object> connectShipstation(ApiArgs args) {
        Map<String, String> credentials = new LinkedHashMap<>();
        ShipStation.DESCRIPTION.credentialKeys().forEach(key -> credentials.put(key, args.string(key).orElse(null)));
        return integrations.connect(ShipStation.KEY, credentials);
    }
}

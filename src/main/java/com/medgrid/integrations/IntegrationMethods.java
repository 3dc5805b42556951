package com.medgrid.integrations;

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

/** {@code medgrid.integrations.*}: the vendor's integrations hub (and admins' managed connections). */
@ApplicationScoped
@RolesAllowed({Roles.VENDOR, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
@RequiresScope(Scopes.INTEGRATIONS_MANAGE)
public class IntegrationMethods {

    @Inject
    IntegrationService integrations;

    @ApiMethod(value = "medgrid.integrations.list_connections",
            summary = "The integrations registry with the caller's status, stats and last error (never credentials)")
    public Map<String, Object> listConnections() {
        return integrations.listConnections();
    }

    @ApiMethod(value = "medgrid.integrations.connect", httpMethods = "POST",
            summary = "Check an integration's credentials and save them ({integration_type, ...its credential_keys})")
    public Map<String, Object> connect(ApiArgs args) {
        String integration = args.requireString("integration_type");
        Map<String, String> credentials = new LinkedHashMap<>();
        args.asJson().forEach((key, value) -> {
            if (!"integration_type".equals(key)) {
                credentials.put(key, args.string(key).orElse(null));
            }
        });
        return integrations.connect(integration, credentials);
    }

    @ApiMethod(value = "medgrid.integrations.test_connection", httpMethods = "POST",
            summary = "Re-test a connection's stored credentials ({integration_type})")
    public Map<String, Object> testConnection(ApiArgs args) {
        return integrations.test(args.requireString("integration_type"));
    }

    @ApiMethod(value = "medgrid.integrations.sync_now", httpMethods = "POST",
            summary = "Push unfulfilled orders and pull tracking now ({integration_type})")
    public Map<String, Object> syncNow(ApiArgs args) {
        return integrations.sync(args.requireString("integration_type"));
    }

    @ApiMethod(value = "medgrid.integrations.disconnect", httpMethods = "POST",
            summary = "Remove an integration's stored credentials ({integration_type})")
    public Map<String, Object> disconnect(ApiArgs args) {
        return integrations.disconnect(args.requireString("integration_type"));
    }
}

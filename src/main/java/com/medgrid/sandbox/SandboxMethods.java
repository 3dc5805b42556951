package com.medgrid.sandbox;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * {@code medgrid.sandbox.connect_demo_accounts} (admins, sandbox on): every simulator's demo account
 * becomes the vendor's connection again, so orders ship by themselves as after startup, whatever
 * accounts were connected in between.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER})
@RequiresScope(Scopes.INTEGRATIONS_MANAGE)
public class SandboxMethods {

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean sandbox;
    @Inject
    SandboxConnections connections;

    @ApiMethod(value = "medgrid.sandbox.connect_demo_accounts", httpMethods = "POST",
            summary = "Connect every sandbox vendor's demo account again (development build only)")
    public Map<String, Boolean> connectDemoAccounts(ApiArgs args) {
        if (!sandbox) {
            throw ApiException.notFound("The sandbox vendors are off on this server.");
        }
        return connections.connect(true);
    }
}

package com.medgrid;

import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The MedGrid API under {@code /api}, in Frappe's wire format (see DESIGN.md, "API compatibility"). */
@ApplicationPath("/api")
@DeclareRoles({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER,
        Roles.SALES_USER, Roles.VENDOR, Roles.CUSTOMER, Roles.EMR_INTEGRATION})
@OpenAPIDefinition(
        info = @Info(title = "MedGrid API", version = "1",
                description = "B2B medical-supply marketplace. Frappe-compatible: /api/method/<dotted.name> and "
                        + "/api/resource/<DocType>. Errors: {exc_type, exception, _server_messages}."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization", description = "token API_KEY:API_SECRET")
public class MedgridApplication extends Application {
}

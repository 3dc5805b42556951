package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** {@code medgrid.webhooks.*}: what the subscriptions' resource API cannot express. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.CUSTOMER, Roles.VENDOR})
public class WebhookMethods {

    @Inject
    WebhookService webhooks;

    @ApiMethod(value = "medgrid.webhooks.rotate_secret", httpMethods = "POST",
            summary = "A new signing secret for a subscription ({name}), shown once; the previous one keeps signing for 24 h")
    public Map<String, Object> rotateSecret(ApiArgs args) {
        return webhooks.rotateSecret(args.requireString("name"));
    }
}

package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** {@code medgrid.webhooks.*}: what the subscriptions' resource API cannot express. */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.CUSTOMER, Roles.VENDOR})
@RequiresScope(Scopes.WEBHOOKS_MANAGE)
public class WebhookMethods {

    @Inject
    WebhookService webhooks;

    @ApiMethod(value = "medgrid.webhooks.rotate_secret", httpMethods = "POST",
            summary = "A new signing secret for a subscription ({name}), shown once; the previous one keeps signing for 24 h")
    public Map<String, Object> rotateSecret(ApiArgs args) {
        return webhooks.rotateSecret(args.requireString("name"));
    }

    @ApiMethod(value = "medgrid.webhooks.test_ping", httpMethods = "POST",
            summary = "Sends a signed webhook.ping event to a subscription ({name}); answers with the delivery to follow in the log")
    public Map<String, Object> testPing(ApiArgs args) {
        return webhooks.ping(args.requireString("name"));
    }

    @ApiMethod(value = "medgrid.webhooks.replay", httpMethods = "POST",
            summary = "Sends one delivery ({delivery}) again now, with its original event id")
    public Map<String, Object> replay(ApiArgs args) {
        return webhooks.replay(args.requireString("delivery"));
    }

    @ApiMethod(value = "medgrid.webhooks.replay_failed", httpMethods = "POST",
            summary = "Sends again every failed delivery of a subscription ({name}) made since a time ({since}, e.g. 2026-05-20 00:00:00)")
    public Map<String, Object> replayFailed(ApiArgs args) {
        return webhooks.replayFailed(args.requireString("name"), ApiJson.parseDatetime(args.requireString("since")));
    }
}

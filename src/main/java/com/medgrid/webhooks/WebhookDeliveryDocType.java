package com.medgrid.webhooks;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeScopes;
import com.medgrid.platform.api.ReadOnlyDocType;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * {@code /api/resource/Webhook Delivery}: the delivery log. Each subscriber sees the deliveries of
 * its own subscriptions (filter by {@code subscription}), each with every attempt
 * ({@code attempt_log}: time, HTTP status, latency, the start of the answer); System Managers see
 * all. Read-only: the relay writes it; {@code medgrid.webhooks.replay} sends one again.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.CUSTOMER, Roles.VENDOR})
@DocTypeScopes(read = Scopes.WEBHOOKS_MANAGE, write = Scopes.WEBHOOKS_MANAGE)
public class WebhookDeliveryDocType extends ReadOnlyDocType<WebhookDelivery> {

    static final DocTypeMeta META = DocTypeMeta.of("Webhook Delivery", WebhookDelivery.class);

    @Inject
    WebhookAccess access;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected RowScope scope() {
        return access.scope();
    }

    @Override
    protected boolean visible(WebhookDelivery delivery) {
        return access.canSee(delivery);
    }

    @Override
    protected Map<String, Object> document(WebhookDelivery delivery) {
        Map<String, Object> document = META.render(delivery);
        document.put("attempt_log", delivery.getAttemptLog().stream().map(WebhookDeliveryAttempt::toWire).toList());
        return document;
    }
}

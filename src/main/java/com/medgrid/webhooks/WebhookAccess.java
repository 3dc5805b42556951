package com.medgrid.webhooks;

import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Whose subscriptions and deliveries the caller may see and change: their own (a subscription's
 * owner is its subscriber, and owns its deliveries), and System Managers all of them. What a subscription then receives follows its
 * owner's access to orders and items, so it is not decided here.
 */
@RequestScoped
public class WebhookAccess {

    @Inject
    CurrentUser user;

    boolean seesAll() {
        return user.hasRole(Roles.SYSTEM_MANAGER);
    }

    RowScope scope() {
        if (seesAll()) {
            return RowScope.ALL;
        }
        String me = user.name();
        return (cb, query, root, params) -> cb.equal(root.get("owner"), params.of(String.class, me));
    }

    boolean canSee(DocumentEntity subscriptionOrDelivery) {
        return seesAll() || user.name().equals(subscriptionOrDelivery.getOwner());
    }
}

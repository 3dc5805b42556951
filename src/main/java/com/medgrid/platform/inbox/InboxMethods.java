package com.medgrid.platform.inbox;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.RequiresScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Map;

/** {@code medgrid.inbox.retry}: an admin processes a failed inbound webhook again (after fixing its cause). */
@ApplicationScoped
public class InboxMethods {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    InboxProcessor processor;
    @Inject
    InboxMethods self;

    @RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
    @RequiresScope(Scopes.INTEGRATIONS_MANAGE)
    @ApiMethod(value = "medgrid.inbox.retry", httpMethods = "POST", summary = "Process a failed Webhook Inbox message again ({name})")
    public Map<String, Object> retry(ApiArgs args) {
        String name = args.requireString("name");
        self.requeue(name);
        processor.process(name);
        InboxMessage message = em.find(InboxMessage.class, name);
        return Map.of("name", name, "status", message.getStatus());
    }

    @Transactional
    public void requeue(String name) {
        InboxMessage message = em.find(InboxMessage.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw ApiException.notFound("Webhook Inbox " + name + " not found.");
        }
        if (!InboxMessage.FAILED.equals(message.getStatus())) {
            throw ApiException.validation("Webhook Inbox " + name + " is " + message.getStatus() + ": only failed messages can be retried.");
        }
        message.requeue();
    }
}

package com.medgrid.platform.inbox;

import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.ReadOnlyDocType;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code /api/resource/Webhook Inbox}: every verified inbound webhook as it arrived and how its
 * processing went, for admins (read-only; {@code medgrid.inbox.retry} re-processes a failed one).
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class InboxDocType extends ReadOnlyDocType<InboxMessage> {

    static final DocTypeMeta META = DocTypeMeta.of("Webhook Inbox", InboxMessage.class);

    @Override
    protected DocTypeMeta meta() {
        return META;
    }
}

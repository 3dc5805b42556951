package com.medgrid.platform.inbox;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeHandler;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.api.ListQueryEngine;
import com.medgrid.platform.api.ListQueryParser;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * {@code /api/resource/Webhook Inbox}: every verified inbound webhook as it arrived and how its
 * processing went, for admins (read-only; {@code medgrid.inbox.retry} re-processes a failed one).
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class InboxDocType implements DocTypeHandler {

    static final DocTypeMeta META = DocTypeMeta.of("Webhook Inbox", InboxMessage.class);

    @Inject
    ListQueryEngine lists;
    @Inject
    DocumentStore store;

    @Override
    public String doctype() {
        return META.doctype();
    }

    @Override
    public List<Object> list(ApiArgs args) {
        return lists.list(META, ListQueryParser.parse(META, args), RowScope.ALL);
    }

    @Override
    public Map<String, Object> get(String name) {
        return META.render(store.find(META, name));
    }
}

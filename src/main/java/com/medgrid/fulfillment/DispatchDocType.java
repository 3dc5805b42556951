package com.medgrid.fulfillment;

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
 * {@code /api/resource/Fulfillment Dispatch}: the outbox as admins and marketplace officers see
 * it, each dispatch with its lines and every attempt. Read-only: the relay writes it, and
 * {@code retry_dispatch} re-queues a failed one.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER})
public class DispatchDocType implements DocTypeHandler {

    static final DocTypeMeta META = DocTypeMeta.of("Fulfillment Dispatch", Dispatch.class);

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
        Dispatch dispatch = store.find(META, name);
        Map<String, Object> doc = META.render(dispatch);
        doc.put("items", dispatch.getLines().stream().map(DispatchLine::toWire).toList());
        doc.put("attempt_log", dispatch.getAttemptLog().stream().map(DispatchAttempt::toWire).toList());
        return doc;
    }
}

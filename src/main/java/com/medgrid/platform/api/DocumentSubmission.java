package com.medgrid.platform.api;

import com.medgrid.platform.api.DocTypeRegistry.Op;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.util.Map;

/**
 * Submitting and cancelling a stored document, Frappe's docstatus 0 → 1 and 1 → 2: an update of
 * {@code docstatus} through the DocType's handler, which checks the transition and its business
 * rules. {@code frappe.client.submit}/{@code cancel} and {@code /api/v2}'s document methods both
 * come here, so the two cannot differ.
 */
@ApplicationScoped
public class DocumentSubmission {

    @Inject
    DocTypeRegistry registry;
    @Inject
    CurrentUser user;
    @Inject
    OwnerFields ownerFields;

    /** The submitted document, as the caller may read it. */
    public Map<String, Object> submit(String doctype, String name) {
        return setDocstatus(doctype, name, 1);
    }

    /** The cancelled document, as the caller may read it. */
    public Map<String, Object> cancel(String doctype, String name) {
        return setDocstatus(doctype, name, 2);
    }

    private Map<String, Object> setDocstatus(String doctype, String name, int docstatus) {
        DocTypeHandler handler = registry.resolve(doctype, Op.UPDATE, user);
        return ownerFields.readable(handler, handler.update(name, ApiArgs.of(Json.createObjectBuilder().add("docstatus", docstatus).build())));
    }
}

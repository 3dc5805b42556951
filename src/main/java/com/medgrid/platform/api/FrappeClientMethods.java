package com.medgrid.platform.api;

import com.medgrid.platform.api.DocTypeRegistry.Op;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Frappe's {@code frappe.client.*} methods, which off-the-shelf Frappe clients (frappe-js-sdk,
 * frappe-client for Python) call, with Frappe's argument names and answers. Each one goes through
 * the same DocType handlers, access checks and read policies as {@code /api/resource}: this class
 * only translates arguments.
 */
@ApplicationScoped
@RequiresScope({}) // open to every scoped caller: each call checks the scopes of the DocType it acts on
public class FrappeClientMethods {

    /** How many documents one {@code insert_many} may create (Frappe's own cap). */
    static final int INSERT_MANY_CAP = 200;

    /** Fields of a sent-back document that the server stamps, never the client. */
    private static final Set<String> STAMPED = Set.of("doctype", "name", "owner", "creation", "modified_by");

    @Inject
    DocTypeRegistry registry;
    @Inject
    CurrentUser user;
    @Inject
    OwnerFields ownerFields;
    @Inject
    DocumentSubmission submission;

    @ApiMethod(value = "frappe.client.get_list", summary = "Documents of a DocType ({doctype}, fields, filters, or_filters, order_by, limit_start, limit_page_length)")
    public List<Object> getList(ApiArgs args) {
        return handler(args, Op.LIST).list(args);
    }

    @ApiMethod(value = "frappe.client.get_all", summary = "As get_list")
    public List<Object> getAll(ApiArgs args) {
        return getList(args);
    }

    @ApiMethod(value = "frappe.client.get_count", summary = "How many documents of a DocType match {filters}")
    public long getCount(ApiArgs args) {
        return handler(args, Op.LIST).count(args);
    }

    @ApiMethod(value = "frappe.client.get", summary = "One document by {doctype, name}, or the first that matches {filters}")
    public Map<String, Object> get(ApiArgs args) {
        DocTypeHandler handler = handler(args, Op.GET);
        String name = args.string("name").orElse(null);
        if (name == null) {
            name = firstName(handler, args.json("filters")
                    .orElseThrow(() -> ApiException.validation("name or filters is required.")));
            if (name == null) {
                throw ApiException.notFound(handler.doctype() + " matching " + args.string("filters").orElse("the filters") + " not found.");
            }
        }
        return readable(handler, handler.get(name));
    }

    /**
     * Field values of the first matching document ({@code filters}: a name, or filters); a dict, or
     * with {@code as_dict=0} a list in {@code fieldname}'s order. Nothing (an empty answer) when none matches.
     */
    @ApiMethod(value = "frappe.client.get_value", summary = "Field values ({fieldname}: a field or a JSON list) of the first document matching {filters}")
    public Object getValue(ApiArgs args) {
        DocTypeHandler handler = handler(args, Op.LIST);
        JsonValue fieldname = args.json("fieldname").orElse(Json.createValue("name"));
        JsonArray fields = fieldname instanceof JsonArray list && !list.isEmpty() ? list
                : Json.createArrayBuilder().add(fieldname instanceof JsonString one ? one.getString() : "name").build();
        JsonObjectBuilder query = Json.createObjectBuilder().add("fields", fields).add("limit_page_length", 1)
                .add("as_dict", args.bool("as_dict").orElse(true) ? 1 : 0);
        args.json("filters").ifPresent(filters -> query.add("filters", asFilters(filters)));
        List<Object> rows = handler.list(ApiArgs.of(query.build()));
        return rows.isEmpty() ? null : rows.get(0);
    }

    @ApiMethod(value = "frappe.client.get_single_value", summary = "A field ({field}) of a Single DocType ({doctype})")
    public Object getSingleValue(ApiArgs args) {
        DocTypeHandler handler = handler(args, Op.GET);
        String field = args.requireString("field");
        List<Object> rows = handler.list(ApiArgs.empty());
        if (rows.size() != 1 || !(rows.get(0) instanceof Map<?, ?> row) || !handler.doctype().equals(row.get("name"))) {
            throw ApiException.validation(handler.doctype() + " is not a Single DocType; use frappe.client.get_value.");
        }
        Map<String, Object> document = readable(handler, handler.get(handler.doctype()));
        if (!document.containsKey(field)) {
            throw ApiException.validation(handler.doctype() + " has no field " + field + ".");
        }
        return document.get(field);
    }

    @ApiMethod(value = "frappe.client.set_value", httpMethods = {"POST", "PUT"},
            summary = "Sets {fieldname} to {value} (or the fields of a {fieldname} object) on {doctype} {name}; answers the document")
    public Map<String, Object> setValue(ApiArgs args) {
        DocTypeHandler handler = handler(args, Op.UPDATE);
        String name = args.requireString("name");
        JsonValue fieldname = args.json("fieldname").orElseThrow(() -> ApiException.validation("fieldname is required."));
        JsonObject values = fieldname instanceof JsonObject object ? object
                : Json.createObjectBuilder().add(args.requireString("fieldname"), args.json("value").orElse(JsonValue.NULL)).build();
        return readable(handler, handler.update(name, ApiArgs.of(values)));
    }

    @ApiMethod(value = "frappe.client.insert", httpMethods = {"POST", "PUT"}, summary = "Creates {doc} (with its doctype); answers the document")
    public Map<String, Object> insert(ApiArgs args) {
        return insert(document(args, "doc"));
    }

    /** All or none: one transaction, so a refused document leaves none of the others behind. */
    @Transactional
    @ApiMethod(value = "frappe.client.insert_many", httpMethods = {"POST", "PUT"},
            summary = "Creates up to 200 documents ({docs}: a JSON list, each with its doctype), all or none; answers their names")
    public List<String> insertMany(ApiArgs args) {
        JsonArray docs = args.array("docs").orElseThrow(() -> ApiException.validation("docs is required: a JSON list of documents."));
        if (docs.size() > INSERT_MANY_CAP) {
            throw ApiException.validation("Only " + INSERT_MANY_CAP + " documents can be inserted in one request; got " + docs.size() + ".");
        }
        List<String> names = new ArrayList<>();
        for (JsonValue doc : docs) {
            if (!(doc instanceof JsonObject object)) {
                throw ApiException.validation("docs must be a JSON list of documents (objects), got " + ApiArgs.describe(doc) + ".");
            }
            names.add(String.valueOf(insert(object).get("name")));
        }
        return names;
    }

    @ApiMethod(value = "frappe.client.save", httpMethods = {"POST", "PUT"},
            summary = "Saves {doc} (its doctype and name, with the fields to change; docstatus 1 submits); answers the document")
    public Map<String, Object> save(ApiArgs args) {
        JsonObject doc = document(args, "doc");
        DocTypeHandler handler = resolve(doctypeOf(doc), Op.UPDATE);
        JsonObjectBuilder changes = Json.createObjectBuilder();
        doc.forEach((field, value) -> {
            if (!STAMPED.contains(field)) {
                changes.add(field, value);
            }
        });
        return readable(handler, handler.update(nameOf(doc), ApiArgs.of(changes.build())));
    }

    /** Submits the stored document named by {@code doc} (send changes with save first). */
    @ApiMethod(value = "frappe.client.submit", httpMethods = {"POST", "PUT"}, summary = "Submits {doc} (its doctype and name); answers the document")
    public Map<String, Object> submit(ApiArgs args) {
        JsonObject doc = document(args, "doc");
        return submission.submit(doctypeOf(doc), nameOf(doc));
    }

    @ApiMethod(value = "frappe.client.cancel", httpMethods = {"POST", "PUT"}, summary = "Cancels the submitted {doctype} {name}; answers the document")
    public Map<String, Object> cancel(ApiArgs args) {
        return submission.cancel(args.requireString("doctype"), args.requireString("name"));
    }

    @ApiMethod(value = "frappe.client.delete", httpMethods = {"POST", "DELETE"}, summary = "Deletes {doctype} {name}")
    public void delete(ApiArgs args) {
        handler(args, Op.DELETE).delete(args.requireString("name"));
    }

    @ApiMethod(value = "frappe.client.rename_doc", httpMethods = {"POST", "PUT"}, summary = "Renames a document (no MedGrid DocType allows renaming)")
    public String renameDoc(ApiArgs args) {
        DocTypeHandler handler = handler(args, Op.UPDATE);
        throw ApiException.validation(handler.doctype() + " documents cannot be renamed: their names are referenced by other "
                + "documents and by partners' systems. Create a new one instead.");
    }

    private Map<String, Object> insert(JsonObject doc) {
        DocTypeHandler handler = resolve(doctypeOf(doc), Op.CREATE);
        JsonObjectBuilder fields = Json.createObjectBuilder(doc).remove("doctype");
        return readable(handler, handler.create(ApiArgs.of(fields.build())));
    }

    private DocTypeHandler handler(ApiArgs args, Op op) {
        return resolve(args.requireString("doctype"), op);
    }

    private DocTypeHandler resolve(String doctype, Op op) {
        return registry.resolve(doctype, op, user);
    }

    /** A document as the caller may read it, as {@code /api/resource} answers it. */
    private Map<String, Object> readable(DocTypeHandler handler, Map<String, Object> document) {
        return ownerFields.readable(handler, document);
    }

    private static String firstName(DocTypeHandler handler, JsonValue filters) {
        List<Object> rows = handler.list(ApiArgs.of(Json.createObjectBuilder().add("filters", asFilters(filters))
                .add("limit_page_length", 1).build()));
        return rows.isEmpty() ? null : String.valueOf(((Map<?, ?>) rows.get(0)).get("name"));
    }

    /** Frappe's filters argument: a document name, or filters as a list or an object. */
    private static JsonValue asFilters(JsonValue filters) {
        if (filters instanceof JsonString name) {
            return Json.createArrayBuilder().add(Json.createArrayBuilder().add("name").add("=").add(name.getString())).build();
        }
        return filters;
    }

    private static JsonObject document(ApiArgs args, String param) {
        JsonValue doc = args.json(param).orElseThrow(() -> ApiException.validation(param + " is required: a JSON document with its doctype."));
        if (!(doc instanceof JsonObject object)) {
            throw ApiException.validation(param + " must be a JSON document (an object), got " + ApiArgs.describe(doc) + ".");
        }
        return object;
    }

    private static String doctypeOf(JsonObject doc) {
        if (!(doc.get("doctype") instanceof JsonString doctype) || doctype.getString().isBlank()) {
            throw ApiException.validation("The document must name its doctype.");
        }
        return doctype.getString();
    }

    private static String nameOf(JsonObject doc) {
        if (!(doc.get("name") instanceof JsonString name) || name.getString().isBlank()) {
            throw ApiException.validation("The document must carry its name.");
        }
        return name.getString();
    }
}

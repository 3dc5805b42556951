package com.medgrid.platform.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DocType served under {@code /api/resource/<DocType>}. Implementations are CDI beans; access to
 * each operation is declared with {@code @RolesAllowed}/{@code @PermitAll} on the implementing
 * method (or class) and checked before the call. Operations a DocType does not support keep the
 * default, which refuses them.
 */
public interface DocTypeHandler {

    /** The DocType name as it appears in URLs, e.g. {@code Sales Order}. */
    String doctype();

    /**
     * What the caller may read of this DocType's fields besides {@link OwnerFields}: the policy
     * {@link DocumentResource} applies to the documents it answers (lists apply it in the engine).
     */
    default ReadPolicy readPolicy() {
        return ReadPolicy.NONE;
    }

    /** The fields this DocType describes to clients (Frappe's meta); empty for one that describes none. */
    default Optional<DocTypeSchema> schema() {
        return Optional.empty();
    }

    /** Rows of a list request, shaped by {@link ListQueryEngine}. */
    List<Object> list(ApiArgs args);

    /** How many rows {@link #list} finds for these filters, without paging ({@code frappe.client.get_count}). */
    default long count(ApiArgs args) {
        throw ApiException.validation("Counting " + doctype() + " documents is not supported.");
    }

    /** One document, child tables as arrays; 404 if it does not exist or is not visible. */
    Map<String, Object> get(String name);

    default Map<String, Object> create(ApiArgs body) {
        throw ApiException.permission("Not permitted: " + doctype() + " documents cannot be created through the API.");
    }

    default Map<String, Object> update(String name, ApiArgs body) {
        throw ApiException.permission("Not permitted: " + doctype() + " documents cannot be changed through the API.");
    }

    default void delete(String name) {
        throw ApiException.permission("Not permitted: " + doctype() + " documents cannot be deleted through the API.");
    }
}

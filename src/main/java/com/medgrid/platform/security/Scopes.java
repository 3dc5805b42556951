package com.medgrid.platform.security;

import com.medgrid.platform.api.NameList;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * The OAuth scopes of the partner API. A caller holding scopes (an OAuth token, or an API key
 * generated with scopes) may use only the endpoints that one of them opens, and only as far as its
 * user's roles allow: scopes narrow what the roles give, never widen it.
 */
public final class Scopes {

    public static final String ORDERS_READ = "orders.read";
    public static final String ORDERS_WRITE = "orders.write";
    public static final String CATALOG_READ = "catalog.read";
    public static final String WEBHOOKS_MANAGE = "webhooks.manage";
    public static final String INTEGRATIONS_MANAGE = "integrations.manage";
    /** The EMR APIs: patients and prescriptions. */
    public static final String EMR = "emr";

    public static final List<String> ALL = List.of(ORDERS_READ, ORDERS_WRITE, CATALOG_READ, WEBHOOKS_MANAGE,
            INTEGRATIONS_MANAGE, EMR);

    private Scopes() {
    }

    /** The scopes of a request field (a JSON list, or text holding one); 417 for an empty list or an unknown scope. */
    public static List<String> parse(String field, JsonValue value) {
        return NameList.parse(field, value, ALL, "[\"" + ORDERS_READ + "\", \"" + CATALOG_READ + "\"]");
    }
}

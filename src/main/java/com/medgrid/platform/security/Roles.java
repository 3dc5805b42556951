package com.medgrid.platform.security;

import java.util.List;

/** The roles of MedGrid, spelled exactly as the API and {@code @RolesAllowed} use them. */
public final class Roles {

    public static final String SYSTEM_MANAGER = "System Manager";
    public static final String MARKETPLACE_ADMIN = "Medgrid Marketplace Admin";
    public static final String MARKETPLACE_OFFICER = "Medgrid Marketplace Officer";
    public static final String SALES_MANAGER = "Sales Manager";
    /** A sales rep. */
    public static final String SALES_USER = "Sales User";
    public static final String VENDOR = "Vendor";
    /** A sales-channel partner or clinic. */
    public static final String CUSTOMER = "Customer";
    public static final String EMR_INTEGRATION = "EMR Integration";

    public static final List<String> ALL = List.of(SYSTEM_MANAGER, MARKETPLACE_ADMIN, MARKETPLACE_OFFICER,
            SALES_MANAGER, SALES_USER, VENDOR, CUSTOMER, EMR_INTEGRATION);

    /** Roles of portal users (Frappe's "Website User"); everyone else is a "System User". */
    public static final List<String> WEBSITE_ROLES = List.of(CUSTOMER, VENDOR, EMR_INTEGRATION);

    private Roles() {
    }
}

package com.medgrid.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a CDI bean method as {@code /api/method/<value>} (Frappe's {@code @frappe.whitelist}).
 * The method takes no parameter or one {@link ApiArgs} and returns the value of {@code "message"}.
 * Access follows the standard annotations on the method or its class: {@code @PermitAll} admits
 * guests, {@code @RolesAllowed} requires one of the roles, neither means any signed-in user.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiMethod {

    /** Dotted name, e.g. {@code medgrid.catalog.list_warehouses}. */
    String value();

    /** HTTP methods accepted. Reads default to GET and POST like Frappe; writes should say POST. */
    String[] httpMethods() default {"GET", "POST"};

    /** One line for the OpenAPI document. */
    String summary() default "";
}

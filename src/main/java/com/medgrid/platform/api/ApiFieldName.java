package com.medgrid.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API's name for an entity field whose column cannot carry it, e.g. Frappe's {@code user},
 * a reserved word in SQL; otherwise a field is named after its column.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ApiFieldName {

    String value();
}

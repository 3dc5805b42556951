package com.medgrid.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scopes that open a {@link DocTypeHandler} to scoped callers: {@code read} for list and
 * get, {@code write} for create, update (submit, cancel) and delete, each any one of its names. A
 * DocType without it, or an operation with no scope named, is closed to scoped callers
 * ({@link RequiresScope} says why).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DocTypeScopes {

    String[] read() default {};

    String[] write() default {};
}

package com.medgrid.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scopes (any one of them) that open an {@link ApiMethod} to a scoped caller, an OAuth
 * token or an API key generated with scopes, on the method or its class. An empty list opens it to
 * every scoped caller (methods that only act on DocTypes, which check their own scopes). Without
 * it, scoped callers are refused: a new endpoint is closed to them until someone decides its scope.
 * Roles still apply on top.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {

    /** Scope names from {@code Scopes}. */
    String[] value();
}

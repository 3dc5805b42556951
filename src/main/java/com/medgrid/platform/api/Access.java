package com.medgrid.platform.api;

import com.medgrid.platform.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call an endpoint, read from {@code @PermitAll} / {@code @RolesAllowed} on the method or,
 * failing that, its class, and which OAuth scopes open it to scoped callers ({@link RequiresScope},
 * {@link DocTypeScopes}). Guests are told to authenticate (401); signed-in users without a role, or
 * scoped callers without a scope that opens it, are refused (403).
 *
 * @param scopes any one of these opens the endpoint to a scoped caller (none needed when empty);
 *               absent, it is closed to scoped callers
 */
public record Access(boolean guestAllowed, List<String> roles, Optional<List<String>> scopes) {

    public static Access of(Method method, Class<?> beanClass) {
        RequiresScope scope = method.getAnnotation(RequiresScope.class);
        if (scope == null) {
            scope = beanClass.getAnnotation(RequiresScope.class);
        }
        Optional<List<String>> scopes = Optional.ofNullable(scope).map(declared -> List.of(declared.value()));
        Access own = declaredOn(method.getAnnotation(PermitAll.class), method.getAnnotation(RolesAllowed.class), scopes);
        if (own != null) {
            return own;
        }
        Access inherited = declaredOn(beanClass.getAnnotation(PermitAll.class), beanClass.getAnnotation(RolesAllowed.class), scopes);
        return inherited != null ? inherited : new Access(false, List.of(), scopes);
    }

    private static Access declaredOn(PermitAll permitAll, RolesAllowed rolesAllowed, Optional<List<String>> scopes) {
        if (rolesAllowed != null) {
            return new Access(false, List.of(rolesAllowed.value()), scopes);
        }
        return permitAll != null ? new Access(true, List.of(), scopes) : null;
    }

    /** The same roles, opened to scoped callers by any one of {@code anyOf} (closed to them when it is empty). */
    public Access openedBy(String... anyOf) {
        return new Access(guestAllowed, roles, anyOf.length == 0 ? Optional.empty() : Optional.of(List.of(anyOf)));
    }

    public void check(CurrentUser user, String what) {
        if (guestAllowed) {
            return;
        }
        if (user.isGuest()) {
            throw ApiException.authentication("Not signed in: send Authorization: token API_KEY:API_SECRET or log in first.");
        }
        if (!roles.isEmpty() && roles.stream().noneMatch(user::hasRole)) {
            throw ApiException.permission("Not permitted: " + what + " requires one of the roles " + String.join(", ", roles) + ".");
        }
        user.scopes().ifPresent(granted -> checkScopes(granted, what));
    }

    private void checkScopes(Set<String> granted, String what) {
        if (scopes.isEmpty()) {
            throw ApiException.permission("Not permitted: " + what
                    + " is not open to OAuth tokens or scoped API keys; use an API key without scopes.");
        }
        List<String> anyOf = scopes.get();
        if (!anyOf.isEmpty() && Collections.disjoint(anyOf, granted)) {
            throw ApiException.permission("Not permitted: " + what + " requires the scope " + String.join(" or ", anyOf)
                    + ", which this token or key was not granted (it has " + String.join(", ", granted) + ").");
        }
    }
}

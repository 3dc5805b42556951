package com.medgrid.platform.api;

import com.medgrid.platform.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Who may call an endpoint, read from {@code @PermitAll} / {@code @RolesAllowed} on the method or,
 * failing that, its class. Guests are told to authenticate (401); signed-in users without a role
 * are refused (403).
 */
public record Access(boolean guestAllowed, List<String> roles) {

    public static Access of(Method method, Class<?> beanClass) {
        Access own = declaredOn(method.getAnnotation(PermitAll.class), method.getAnnotation(RolesAllowed.class));
        if (own != null) {
            return own;
        }
        Access inherited = declaredOn(beanClass.getAnnotation(PermitAll.class), beanClass.getAnnotation(RolesAllowed.class));
        return inherited != null ? inherited : new Access(false, List.of());
    }

    private static Access declaredOn(PermitAll permitAll, RolesAllowed rolesAllowed) {
        if (rolesAllowed != null) {
            return new Access(false, List.of(rolesAllowed.value()));
        }
        return permitAll != null ? new Access(true, List.of()) : null;
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
    }
}

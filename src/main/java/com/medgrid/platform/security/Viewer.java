package com.medgrid.platform.security;

import java.util.Arrays;
import java.util.Set;

/**
 * Someone whose access the access rules decide: the caller of a request ({@link CurrentUser}), or a
 * stored user when nobody calls (a webhook subscriber receives what its owner may read).
 */
public interface Viewer {

    String name();

    boolean hasRole(String role);

    default boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    /** Whether the viewer runs the marketplace (System Manager, Marketplace Admin or Officer): sees and reviews every vendor's work. */
    default boolean isMarketplaceStaff() {
        return hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER);
    }

    /** A stored user with the roles they sign in with; a disabled user has none, so sees what a guest sees. */
    static Viewer of(User user) {
        Set<String> roles = user.isEnabled() ? Set.copyOf(user.getRoles()) : Set.of();
        String name = user.getName();
        return new Viewer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean hasRole(String role) {
                return roles.contains(role);
            }
        };
    }
}

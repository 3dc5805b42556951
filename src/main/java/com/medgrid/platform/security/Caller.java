package com.medgrid.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who presented a valid credential, and the scopes it is limited to (none: only the user's roles
 * limit it).
 */
public record Caller(User user, Optional<Set<String>> scopes) {

    static Caller unscoped(User user) {
        return new Caller(user, Optional.empty());
    }
}

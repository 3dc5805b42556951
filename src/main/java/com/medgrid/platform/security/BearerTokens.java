package com.medgrid.platform.security;

import java.util.Optional;

/** Validates OAuth access tokens; implemented where tokens are issued, so that this package does not depend on it. */
public interface BearerTokens {

    /** The caller of a live token (neither expired nor revoked, its client and user enabled), limited to its scopes. */
    Optional<Caller> authenticate(String token);
}

package com.medgrid.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** The value of a {@code sid} cookie. */
public record SessionCredential(String sid) implements Credential {
}

package com.medgrid.platform.security;

/** An OAuth access token from {@code Authorization: Bearer ...}. */
public record BearerTokenCredential(String token) implements HeaderCredential {
}

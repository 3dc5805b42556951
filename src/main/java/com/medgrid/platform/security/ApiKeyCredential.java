package com.medgrid.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** An API key pair from an Authorization header. */
public record ApiKeyCredential(String apiKey, String apiSecret) implements Credential {
}

package com.medgrid.platform.security;

/** What an {@code Authorization} header presents: an API key pair or an OAuth access token. */
public sealed interface HeaderCredential permits ApiKeyCredential, BearerTokenCredential {
}

package com.medgrid.platform.security;

/** An API key pair from {@code Authorization: token KEY:SECRET} or {@code Basic}. */
public record ApiKeyCredential(String apiKey, String apiSecret) implements HeaderCredential {
}

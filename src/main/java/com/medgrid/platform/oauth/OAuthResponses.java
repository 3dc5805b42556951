package com.medgrid.platform.oauth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Answers of the token endpoints, which carry credentials: never cached (RFC 6749 section 5.1). */
final class OAuthResponses {

    private OAuthResponses() {
    }

    static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }
}

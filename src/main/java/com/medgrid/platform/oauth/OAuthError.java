package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.api.ErrorBody;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error of the token endpoints, answered as RFC 6749 section 5.2 says ({@code error},
 * {@code error_description}) inside Frappe's error body, so OAuth libraries and Frappe clients both
 * understand it.
 */
final class OAuthError extends Exception {

    private final String code;
    private final boolean clientUsedBasic;

    private OAuthError(String code, String description, boolean clientUsedBasic) {
        super(description);
        this.code = code;
        this.clientUsedBasic = clientUsedBasic;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError("invalid_request", description, false);
    }

    static OAuthError invalidClient(String description, boolean clientUsedBasic) {
        return new OAuthError("invalid_client", description, clientUsedBasic);
    }

    static OAuthError unauthorizedClient(String description) {
        return new OAuthError("unauthorized_client", description, false);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError("unsupported_grant_type", description, false);
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError("invalid_scope", description, false);
    }


    /** RFC 6749's error code, e.g. {@code invalid_client}. */
    String code() {
        return code;
    }

    /** 401 for a client that failed to authenticate (with the challenge when it tried Basic), else 400. */
    Response response() {
        ApiError error = code.equals("invalid_client") ? ApiError.AUTHENTICATION : ApiError.BAD_REQUEST;
        Response.ResponseBuilder response = Response.fromResponse(ErrorBody.response(error,
                ApiJson.JSON.createObjectBuilder(ErrorBody.of(error, List.of(getMessage())))
                        .add("error", code)
                        .add("error_description", getMessage())
                        .build()));
        if (clientUsedBasic) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"MedGrid\"");
        }
        return OAuthResponses.noStore(response).build();
    }
}

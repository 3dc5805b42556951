package com.medgrid.platform.api;

/**
 * The error classes of the public API: Frappe's exception names and the HTTP status each maps to
 * (DESIGN.md, "API compatibility").
 */
public enum ApiError {
    BAD_REQUEST(400, "BadRequestError"),
    CSRF_TOKEN(400, "CSRFTokenError"),
    AUTHENTICATION(401, "AuthenticationError"),
    PERMISSION(403, "PermissionError"),
    NOT_FOUND(404, "DoesNotExistError"),
    METHOD_NOT_ALLOWED(405, "MethodNotAllowedError"),
    DUPLICATE(409, "DuplicateEntryError"),
    /** A write with an Idempotency-Key whose first request is still running. */
    IDEMPOTENCY_IN_PROGRESS(409, "IdempotencyKeyInUseError"),
    /** An Idempotency-Key sent again with another request. */
    IDEMPOTENCY_MISMATCH(422, "IdempotencyKeyMismatchError"),
    /** Body, URL or headers beyond the configured limits (werkzeug's names, as a Frappe server answers them). */
    PAYLOAD_TOO_LARGE(413, "RequestEntityTooLarge"),
    URI_TOO_LONG(414, "RequestURITooLarge"),
    HEADERS_TOO_LARGE(431, "RequestHeaderFieldsTooLarge"),
    VALIDATION(417, "ValidationError"),
    TIMESTAMP_MISMATCH(417, "TimestampMismatchError"),
    LINK_EXISTS(417, "LinkExistsError"),
    RATE_LIMITED(429, "RateLimitExceededError"),
    SERVER(500, "InternalServerError");

    private final int status;
    private final String excType;

    ApiError(int status, String excType) {
        this.status = status;
        this.excType = excType;
    }

    public int status() {
        return status;
    }

    public String excType() {
        return excType;
    }
}

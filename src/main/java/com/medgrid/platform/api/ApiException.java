package com.medgrid.platform.api;

import java.util.List;

/**
 * A failure the caller can act on. Thrown anywhere in a request; {@link ApiExceptionMapper} turns it
 * into the Frappe error body. Unchecked so that {@code @Transactional} rolls back on it.
 */
public class ApiException extends RuntimeException {

    private final ApiError error;
    private final List<String> messages;

    public ApiException(ApiError error, String message) {
        this(error, List.of(message));
    }

    public ApiException(ApiError error, List<String> messages) {
        super(String.join("; ", messages));
        this.error = error;
        this.messages = List.copyOf(messages);
    }

    public ApiError error() {
        return error;
    }

    public List<String> messages() {
        return messages;
    }

    public static ApiException validation(String message) {
        return new ApiException(ApiError.VALIDATION, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ApiError.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ApiError.NOT_FOUND, message);
    }

    public static ApiException permission(String message) {
        return new ApiException(ApiError.PERMISSION, message);
    }

    public static ApiException authentication(String message) {
        return new ApiException(ApiError.AUTHENTICATION, message);
    }

    public static ApiException duplicate(String message) {
        return new ApiException(ApiError.DUPLICATE, message);
    }
}

package com.medgrid.platform.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS picks the mapper registered for the most specific type, and the runtime ships its own for
 * bean-validation and web-application exceptions; these three take over all of them and hand every
 * failure to {@link ErrorClassifier}.
 */
public final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    @Provider
    public static class AnyFailure implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return ErrorClassifier.toResponse(exception);
        }
    }

    @Provider
    public static class WebApplicationFailure implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return ErrorClassifier.toResponse(exception);
        }
    }

    @Provider
    public static class ValidationFailure implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return ErrorClassifier.toResponse(exception);
        }
    }
}

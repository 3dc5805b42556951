package com.medgrid.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides what any failure looks like on the wire. Every exception mapper delegates here so there
 * is exactly one mapping from Java failures to Frappe error classes.
 */
final class ErrorClassifier {

    private static final Logger LOG = Logger.getLogger(ErrorClassifier.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL's and H2's SQLSTATE for a broken foreign key. */
    private static final java.util.Set<String> FOREIGN_KEY_VIOLATION = java.util.Set.of("23503", "23506");

    private ErrorClassifier() {
    }

    static Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Response known = known(t);
            if (known != null) {
                return known;
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + errorId, thrown);
        return ErrorBody.response(ApiError.SERVER, ErrorBody.of(ApiError.SERVER,
                List.of("An unexpected error occurred. Quote error id " + errorId + " to MedGrid support."), errorId));
    }

    private static Response known(Throwable t) {
        if (t instanceof ApiException api) {
            return ErrorBody.response(api.error(), api.messages());
        }
        if (t instanceof ConstraintViolationException cve) {
            return ErrorBody.response(ApiError.VALIDATION, violationMessages(cve));
        }
        if (t instanceof JsonException || t instanceof JsonbException) {
            return ErrorBody.response(ApiError.BAD_REQUEST, List.of("Malformed JSON: " + t.getMessage()));
        }
        if (t instanceof OptimisticLockException) {
            return ErrorBody.response(ApiError.TIMESTAMP_MISMATCH,
                    List.of("Document has been modified after you have opened it. Please refresh to get the latest document."));
        }
        // some failures carry no SQLSTATE (no connection to be had from the pool, say): Set.of(...).contains(null) throws
        String sqlState = t instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            return ErrorBody.response(ApiError.DUPLICATE, List.of("Duplicate entry: a document with these values already exists."));
        }
        if (FOREIGN_KEY_VIOLATION.contains(sqlState)) {
            return ErrorBody.response(ApiError.LINK_EXISTS,
                    List.of("Cannot delete or change this document: other documents are linked to it."));
        }
        if (t instanceof WebApplicationException wae) {
            return fromStatus(wae.getResponse().getStatus(), wae.getMessage());
        }
        return null;
    }

    private static Response fromStatus(int status, String message) {
        ApiError error = switch (status) {
            case 400 -> ApiError.BAD_REQUEST;
            case 401 -> ApiError.AUTHENTICATION;
            case 403 -> ApiError.PERMISSION;
            case 404 -> ApiError.NOT_FOUND;
            case 405 -> ApiError.METHOD_NOT_ALLOWED;
            case 409 -> ApiError.DUPLICATE;
            case 429 -> ApiError.RATE_LIMITED;
            default -> status >= 500 ? ApiError.SERVER : ApiError.BAD_REQUEST;
        };
        String text = switch (status) {
            case 404 -> "Not found: no such endpoint.";
            case 405 -> "Method not allowed for this endpoint.";
            case 415 -> "Unsupported content type: send application/json or form data.";
            case 406 -> "Not acceptable: this endpoint answers application/json.";
            default -> message == null ? "Request failed." : message;
        };
        return Response.fromResponse(ErrorBody.response(error, List.of(text))).status(status).build();
    }

    private static List<String> violationMessages(ConstraintViolationException cve) {
        return cve.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ErrorClassifier::describe)
                .toList();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = DocTypeMeta.snakeCase(path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path);
        return field.isEmpty() ? violation.getMessage() : field + ": " + violation.getMessage();
    }
}

package com.medgrid.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error pages (web.xml) for requests JAX-RS never answers: unknown paths outside
 * {@code /api}, URLs the web container refuses (encoded slashes or dot segments), failures in
 * servlets. The same JSON error body as the API instead of Liberty's HTML page, which names
 * internal classes.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object requestUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ApiError error = switch (status) {
            case 401 -> ApiError.AUTHENTICATION;
            case 403 -> ApiError.PERMISSION;
            case 405 -> ApiError.METHOD_NOT_ALLOWED;
            case 404 -> ApiError.NOT_FOUND;
            default -> status >= 500 ? ApiError.SERVER : ApiError.BAD_REQUEST;
        };
        String errorId = null;
        String message = switch (error) {
            case NOT_FOUND -> "Not found: " + requestUri;
            case BAD_REQUEST -> "Bad request: the URL or the request is malformed (encoded '/' or '.' segments and "
                    + "control characters are not accepted in URLs).";
            case SERVER -> {
                errorId = UUID.randomUUID().toString();
                String id = errorId;
                LOG.log(Level.SEVERE, "Unexpected error " + id, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
                yield "An unexpected error occurred. Quote error id " + id + " to MedGrid support.";
            }
            default -> "Request failed with HTTP " + status + ".";
        };
        ErrorBody.write(response, status, ErrorBody.forPath(requestUri == null ? null : requestUri.toString(), error, List.of(message), errorId));
    }
}

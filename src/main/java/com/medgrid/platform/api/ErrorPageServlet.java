package com.medgrid.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * The container's error pages (web.xml) for requests JAX-RS never sees, such as unknown paths
 * outside {@code /api}: the same JSON error body instead of an HTML page.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        ApiError error = switch (status) {
            case 401 -> ApiError.AUTHENTICATION;
            case 403 -> ApiError.PERMISSION;
            case 405 -> ApiError.METHOD_NOT_ALLOWED;
            case 404 -> ApiError.NOT_FOUND;
            default -> status >= 500 ? ApiError.SERVER : ApiError.BAD_REQUEST;
        };
        String message = switch (error) {
            case NOT_FOUND -> "Not found: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            case SERVER -> "An unexpected error occurred.";
            default -> "Request failed with HTTP " + status + ".";
        };
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ErrorBody.of(error, List.of(message)).toString());
    }
}

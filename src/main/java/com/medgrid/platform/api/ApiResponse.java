package com.medgrid.platform.api;

import jakarta.ws.rs.core.NewCookie;

import java.util.List;
import java.util.Map;

/**
 * A result that is the whole response body rather than the value of {@code "message"}, with
 * cookies to set; Frappe's login answers {@code {"message": "Logged In", "home_page": ..., "full_name": ...}}.
 */
public record ApiResponse(Map<String, Object> body, List<NewCookie> cookies) {
}

package com.medgrid.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The cookies Frappe's login sets: {@code sid} (HttpOnly, SameSite=Lax) and the informational
 * {@code full_name}, {@code user_id}, {@code system_user} that the desk reads.
 */
public final class SessionCookies {

    public static final String SID = "sid";

    private SessionCookies() {
    }

    public static String sid(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (SID.equals(cookie.getName()) && !cookie.getValue().isBlank() && !"Guest".equals(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    public static List<NewCookie> login(String sid, User user, int maxAgeSeconds, boolean secure) {
        return List.of(
                cookie(SID, sid, maxAgeSeconds, secure, true),
                cookie("full_name", user.getFullName(), maxAgeSeconds, secure, false),
                cookie("user_id", user.getName(), maxAgeSeconds, secure, false),
                cookie("system_user", "System User".equals(user.getUserType()) ? "yes" : "no", maxAgeSeconds, secure, false));
    }

    /** Expires every login cookie (Frappe sets {@code sid=Guest}). */
    public static List<NewCookie> logout(boolean secure) {
        return List.of(
                cookie(SID, "Guest", 0, secure, true),
                cookie("full_name", "", 0, secure, false),
                cookie("user_id", "", 0, secure, false),
                cookie("system_user", "", 0, secure, false));
    }

    private static NewCookie cookie(String name, String value, int maxAge, boolean secure, boolean httpOnly) {
        return new NewCookie.Builder(name)
                .value(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"))
                .path("/")
                .maxAge(maxAge)
                .secure(secure)
                .httpOnly(httpOnly)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}

package com.medgrid.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The vendor portal's pages: {@code /portal/vendor} and {@code /portal/integrations} (the addresses the
 * integration guide and Shopify's install callback send vendors to); {@code /portal} leads to the first.
 * Each is a static page kept under WEB-INF, so that it is served only from here, with a policy that
 * lets it run nothing but the portal's own scripts: the pages read and write through the public API,
 * signed in with the session cookie like any browser client.
 */
@WebServlet(urlPatterns = {"/portal", "/portal/vendor", "/portal/integrations"})
public class PortalPages extends HttpServlet {

    private static final Map<String, String> PAGES = Map.of(
            "/portal/vendor", "/WEB-INF/portal/vendor.html",
            "/portal/integrations", "/WEB-INF/portal/integrations.html");

    /** Scripts, styles and API calls from this server only; no inline script, no plug-ins, no framing by others. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = PAGES.get(request.getServletPath());
        if (page == null) {
            response.sendRedirect(request.getContextPath() + "/portal/vendor");
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/html;charset=UTF-8");
        // Copied rather than forwarded: Liberty's file serving refuses WEB-INF even on a forward.
        try (InputStream html = getServletContext().getResourceAsStream(page)) {
            html.transferTo(response.getOutputStream());
        }
    }
}

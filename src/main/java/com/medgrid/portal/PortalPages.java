package com.medgrid.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor portal's pages: {@code /portal/vendor} and {@code /portal/integrations} (the addresses the
 * integration guide and Shopify's install callback send vendors to); {@code /portal} leads to the first.
 * Each page is the shared layout (header, sign-in form, notices) around its own main part, both kept
 * under WEB-INF so that they are served only from here, with a policy that lets a page run nothing but
 * the portal's own scripts: the pages read and write through the public API, signed in with the session
 * cookie like any browser client.
 */
@WebServlet(urlPatterns = {"/portal", "/portal/vendor", "/portal/integrations"})
public class PortalPages extends HttpServlet {

    /** Scripts, styles and API calls from this server only; no inline script, no plug-ins, no framing by others. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

    private record Page(String path, String title, String name) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("/portal/vendor", "Vendor portal", "vendor"),
            new Page("/portal/integrations", "Integrations", "integrations"));

    private final Map<String, byte[]> html = new HashMap<>();

    @Override
    public void init() throws ServletException {
        String layout = resource("/WEB-INF/portal/layout.html");
        for (Page page : PAGES) {
            html.put(page.path(), layout.replace("{{title}}", page.title()).replace("{{script}}", page.name() + ".js")
                    .replace("{{main}}", resource("/WEB-INF/portal/" + page.name() + ".main.html"))
                    .replace("<a href=\"" + page.path() + "\">", "<a href=\"" + page.path() + "\" aria-current=\"page\">")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private String resource(String path) throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            if (in == null) {
                throw new ServletException("The WAR lacks " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServletException("Could not read " + path, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] page = html.get(request.getServletPath());
        if (page == null) {
            response.sendRedirect(request.getContextPath() + "/portal/vendor");
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}

package com.medgrid.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * The limits every request meets before any endpoint sees it: URL length (414), total header
 * size (431) and body size (413), and for text bodies (JSON, forms, plain text) valid UTF-8 and,
 * for JSON, the nesting limit (400). Bodies are read here once, bounded, and handed on from
 * memory, so an endpoint never reads more than the limit and signatures still cover the raw bytes.
 * Limits come from MicroProfile Config ({@code medgrid.http.*}).
 */
@WebFilter(filterName = "RequestLimitsFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestLimitsFilter extends HttpFilter {

    private int maxUrlLength;
    private int maxHeaderBytes;
    private int maxBodyBytes;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        maxUrlLength = config.getOptionalValue("medgrid.http.max-url-length", Integer.class).orElse(8192);
        maxHeaderBytes = config.getOptionalValue("medgrid.http.max-header-bytes", Integer.class).orElse(16384);
        maxBodyBytes = config.getOptionalValue("medgrid.http.max-body-bytes", Integer.class).orElse(1 << 20);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > maxUrlLength) {
            refuse(request, response, ApiError.URI_TOO_LONG, "The URL is longer than " + maxUrlLength
                    + " characters; send long arguments in a POST body.");
            return;
        }
        if (headerBytes(request) > maxHeaderBytes) {
            refuse(request, response, ApiError.HEADERS_TOO_LARGE, "The request headers are larger than " + maxHeaderBytes + " bytes.");
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(request, response, ApiError.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        if (request.getContentLengthLong() == 0 || (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readBounded(request.getInputStream());
        if (body == null) {
            refuse(request, response, ApiError.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        if (isText(request.getContentType())) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                refuse(request, response, ApiError.BAD_REQUEST, "The request body is not valid UTF-8.");
                return;
            }
            try {
                JsonDepth.check(text);
            } catch (ApiException e) {
                refuse(request, response, e.error(), e.getMessage());
                return;
            }
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    private String tooLarge() {
        return "The request body is larger than " + maxBodyBytes + " bytes.";
    }

    private static long headerBytes(HttpServletRequest request) {
        long total = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                total += name.length() + value.length() + 4; // ": " and CRLF, as on the wire
            }
        }
        return total;
    }

    /** @return the body, or null when it is longer than the limit */
    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (out.size() + n > maxBodyBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** JSON and form bodies are text, and so are bodies without a type (read as JSON by the API). */
    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase();
        return type.contains("json") || type.startsWith("text/") || type.startsWith("application/x-www-form-urlencoded");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ApiError error, String message) throws IOException {
        ErrorBody.write(response, error.status(), ErrorBody.forPath(request.getRequestURI(), error, List.of(message), null));
    }
}

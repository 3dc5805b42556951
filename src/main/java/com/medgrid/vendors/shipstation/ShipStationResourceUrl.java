package com.medgrid.vendors.shipstation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook {@code resource_url}s MedGrid fetches with a vendor's ShipStation credentials: only
 * URLs under the configured API base (same scheme, host and port, path at or below its path). The
 * URL arrives in an unsigned request, so it is compared in the form a server would resolve it:
 * escapes of plain characters and slashes decoded, dot-segments removed. What could still become a
 * path step after that ({@code ..}, {@code ..;x}, an escape left for a slash, backslash, dot or
 * percent, as double encoding leaves) is refused rather than guessed at, since servers differ in
 * how they read those. ShipStation's own resource URLs never contain any of them.
 */
final class ShipStationResourceUrl {

    private ShipStationResourceUrl() {
    }

    /** @return the normalised URL to fetch, or empty when {@code url} is not a resource under {@code base} */
    static Optional<URI> under(URI base, String url) {
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.isOpaque() || uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String path = decodePlainEscapes(uri.getRawPath());
        URI normalised;
        try {
            normalised = new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).normalize();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String resolved = normalised.getRawPath();
        if (hidesAPathStep(resolved) || !sameOrigin(base, normalised) || !isUnder(resolved, basePath(base))) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }

    /**
     * Decodes escapes of unreserved characters (RFC 3986: they mean the character itself) and of
     * "/", so {@code %2e%2E} and {@code %2f} become the {@code ..} and {@code /} a server may take
     * them for; every other escape stays as it is.
     */
    private static String decodePlainEscapes(String rawPath) {
        StringBuilder out = new StringBuilder(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length()) {
                int high = Character.digit(rawPath.charAt(i + 1), 16);
                int low = Character.digit(rawPath.charAt(i + 2), 16);
                char decoded = (char) (high * 16 + low);
                if (high >= 0 && low >= 0 && isPlain(decoded)) {
                    out.append(decoded);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isPlain(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0);
    }

    /** A dot-segment left over (also with a ";" parameter, which some servers drop), or an escape that could become one. */
    private static boolean hidesAPathStep(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%25")) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals(".") || name.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameOrigin(URI base, URI uri) {
        return base.getScheme().equalsIgnoreCase(uri.getScheme()) && base.getHost().equalsIgnoreCase(uri.getHost())
                && effectivePort(base) == effectivePort(uri);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String basePath(URI base) {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** At or below the base path, on a segment boundary: {@code /shipstation} covers {@code /shipstation/x}, not {@code /shipstation-evil}. */
    private static boolean isUnder(String path, String basePath) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }
}

package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs a subscription may deliver to. Absolute http(s) with a host and no user info; https
 * only, unless insecure URLs are allowed (the development build). Every address the host resolves
 * to must be public, so a subscriber cannot point MedGrid at its own network (SSRF); the development
 * build also allows loopback, so that a receiver on the developer's machine works. Deliveries must
 * check the address they connect to again: a name can resolve differently later (DNS rebinding).
 */
final class WebhookUrls {

    /** Resolves a host name (or literal) to its addresses; the network in production, a stub in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * A host whose parts are all decimal or 0x-hex numbers is an IPv4 literal; any form but four
     * plain decimal parts (2130706433, 0x7f.1, 0177.0.0.1, 127.1) is refused, because resolvers and
     * HTTP clients disagree on what such forms mean.
     */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|\\d+)(\\.(0x[0-9a-f]*|\\d+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final boolean allowInsecure;
    private final Resolver resolver;

    WebhookUrls(boolean allowInsecure, Resolver resolver) {
        this.allowInsecure = allowInsecure;
        this.resolver = resolver;
    }

    /** Refuses (417, saying why) a URL a subscription may not deliver to. */
    void check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            throw refused(url, allowInsecure ? "it must start with https:// or http://" : "it must start with https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            // java.net.URI leaves the host out when the authority is no valid host name (127.1, 1.2.3.4.5)
            throw refused(url, uri.getRawAuthority() == null ? "it must name a host, e.g. https://hooks.example.com/medgrid"
                    : uri.getRawAuthority() + " is not a host name or a dotted IPv4 address");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(url, "it must not carry a user name or password; authenticate with the signature instead");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean bracketed = host.startsWith("[");
        if (!bracketed && NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            throw refused(url, host + " is not a host name or a dotted IPv4 address");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bracketed ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw refused(url, "its host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String problem = problem(address);
            if (problem != null) {
                throw refused(url, host + " resolves to " + address.getHostAddress() + ", " + problem
                        + "; webhooks go to public addresses only");
            }
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw refused(url, "it must be an absolute URL, e.g. https://hooks.example.com/medgrid");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused(url, "it is not a valid URL (" + e.getReason() + ")");
        }
    }

    /** Why a subscription may not deliver to this address, or null when it may. */
    private String problem(InetAddress address) {
        InetAddress effective = embeddedIpv4(address);
        if (effective.isLoopbackAddress()) {
            return allowInsecure ? null : "a loopback address";
        }
        if (effective.isAnyLocalAddress() || startsWith(effective, 0)) {
            return "an unspecified address";
        }
        if (effective.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (effective.isSiteLocalAddress() || uniqueLocal(effective) || sharedAddressSpace(effective)) {
            return "a private address";
        }
        if (effective.isMulticastAddress()) {
            return "a multicast address";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-compatible IPv6 one (::127.0.0.1, but not ::1 or ::); mapped ones (::ffff:…) Java already turns into IPv4. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress() && !v6.isLoopbackAddress() && !v6.isAnyLocalAddress()) {
            byte[] raw = v6.getAddress();
            try {
                return InetAddress.getByAddress(java.util.Arrays.copyOfRange(raw, 12, 16));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        return address;
    }

    private static boolean startsWith(InetAddress address, int firstByte) {
        return address instanceof Inet4Address && (address.getAddress()[0] & 0xff) == firstByte;
    }

    /** fc00::/7, IPv6's private range (Java's site-local covers only the deprecated fec0::/10). */
    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, carrier-grade NAT: private to a provider's network. */
    private static boolean sharedAddressSpace(InetAddress address) {
        byte[] raw = address.getAddress();
        return address instanceof Inet4Address && (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64;
    }

    private static ApiException refused(String url, String why) {
        return ApiException.validation("url " + url + " cannot receive webhooks: " + why + ".");
    }
}

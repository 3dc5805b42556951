package com.medgrid.webhooks;

import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookUrlsTest {

    /** Literals as the JDK reads them; a few names with fixed answers, never the network. */
    private static final WebhookUrls.Resolver RESOLVER = host -> {
        Map<String, String> names = Map.of("hooks.example.com", "93.184.216.34", "localhost", "127.0.0.1",
                "internal.example.com", "10.1.2.3", "rebind.example.com", "93.184.216.34,169.254.169.254");
        if (names.containsKey(host)) {
            String[] parts = names.get(host).split(",");
            InetAddress[] addresses = new InetAddress[parts.length];
            for (int i = 0; i < parts.length; i++) {
                addresses[i] = InetAddress.getByName(parts[i]);
            }
            return addresses;
        }
        if (host.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
            return new InetAddress[]{InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    };

    private static final WebhookUrls PRODUCTION = new WebhookUrls(false, RESOLVER);
    private static final WebhookUrls DEVELOPMENT = new WebhookUrls(true, RESOLVER);

    private static String refusal(WebhookUrls urls, String url) {
        return assertThrows(ApiException.class, () -> urls.check(url)).getMessage();
    }

    @Test
    void publicHttpsUrlsAreAccepted() {
        assertDoesNotThrow(() -> PRODUCTION.check("https://hooks.example.com/medgrid?x=1"));
        assertDoesNotThrow(() -> PRODUCTION.check("HTTPS://93.184.216.34:8443/hook"));
        assertDoesNotThrow(() -> PRODUCTION.check("https://[2606:2800:220:1:248:1893:25c8:1946]/hook"));
    }

    @Test
    void productionRequiresHttpsAndTheDevelopmentBuildAllowsHttp() {
        assertTrue(refusal(PRODUCTION, "http://hooks.example.com/hook").contains("must start with https://"));
        assertDoesNotThrow(() -> DEVELOPMENT.check("http://hooks.example.com/hook"));
        assertTrue(refusal(DEVELOPMENT, "ftp://hooks.example.com/hook").contains("must start with https:// or http://"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.example.com/hook", "/api/hook", "https:hooks.example.com", "https:///hook",
            "https://user:pw@hooks.example.com/", "https://hooks example.com/", "mailto:ops@example.com"})
    void malformedUrlsAreRefused(String url) {
        assertTrue(refusal(PRODUCTION, url).startsWith("url " + url + " cannot receive webhooks: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/", "https://localhost:8080/", "https://[::1]/", "https://[::ffff:127.0.0.1]/",
            "https://[::127.0.0.1]/", "https://10.0.0.5/", "https://172.16.0.1/", "https://172.31.255.255/",
            "https://192.168.1.1/", "https://[fc00::1]/", "https://[fd12:3456::1]/", "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/", "https://224.0.0.1/", "https://[ff02::1]/", "https://0.0.0.0/", "https://[::]/",
            "https://0.1.2.3/", "https://100.64.0.1/", "https://internal.example.com/", "https://rebind.example.com/"})
    void nonPublicAddressesAreRefusedInProduction(String url) {
        assertTrue(refusal(PRODUCTION, url).contains("webhooks go to public addresses only"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://0x7f000001/", "http://0x7f.1/", "http://0177.0.0.1/",
            "http://127.1/", "http://127.000.000.001/", "http://1.2.3.4.5/"})
    void numericHostsOtherThanDottedQuadsAreRefusedEvenInDevelopment(String url) {
        assertTrue(refusal(DEVELOPMENT, url).contains("is not a host name or a dotted IPv4 address"), url);
    }

    @Test
    void theDevelopmentBuildAllowsLoopbackButNothingElsePrivate() {
        assertDoesNotThrow(() -> DEVELOPMENT.check("http://127.0.0.1:9184/hook"));
        assertDoesNotThrow(() -> DEVELOPMENT.check("http://localhost/hook"));
        assertDoesNotThrow(() -> DEVELOPMENT.check("http://[::1]/hook"));
        assertTrue(refusal(DEVELOPMENT, "http://0.0.0.0/").contains("an unspecified address"));
        assertTrue(refusal(DEVELOPMENT, "http://192.168.0.10/").contains("a private address"));
        assertTrue(refusal(DEVELOPMENT, "http://169.254.169.254/").contains("a link-local address"));
    }

    @Test
    void hostsThatDoNotResolveAreRefused() {
        assertTrue(refusal(PRODUCTION, "https://nowhere.invalid/").contains("does not resolve"));
    }
}

package it.microshed;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.function.Executable;
import org.microshed.testing.ApplicationEnvironment;
import org.microshed.testing.jaxrs.RestClientBuilder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Typed clients for the MicroShed tests, built by MicroShed's {@link RestClientBuilder} against the
 * application URL of its environment (the build's server, see {@link BuildServerEnvironment}).
 *
 * <p>Signing in: the bootstrap administrator logs in once (cookie and CSRF token, as a browser does)
 * and creates this run's own System Manager with an API key pair. The administrator's own keys are
 * never regenerated: that would revoke the pair the REST-assured ITs in the same JVM use.
 */
public final class MedGrid {

    static final String ADMIN_EMAIL = "admin@medgrid.local";
    static final String ADMIN_PASSWORD = "medgrid-admin";

    /** A user created by a test, with its API key pair. */
    public record Account(String email, String apiKey, String apiSecret) {

        /** A client that sends {@code Authorization: Basic base64(key:secret)}. */
        <T> T basic(Class<T> api) {
            return new RestClientBuilder().withBasicAuth(apiKey, apiSecret).build(api);
        }

        /** A client that sends Frappe's {@code Authorization: token key:secret}. */
        <T> T token(Class<T> api) {
            return new RestClientBuilder().withHeader("Authorization", "token " + apiKey + ":" + apiSecret).build(api);
        }

        /** {@link #token(Class)} to another server: a second cluster member at {@code url}. */
        <T> T token(Class<T> api, String url) {
            return new RestClientBuilder().withAppContextRoot(url).withHeader("Authorization", "token " + apiKey + ":" + apiSecret)
                    .build(api);
        }
    }

    private static Account systemManager;

    private MedGrid() {
    }

    /** A unique tag for names, so that reruns against the same database never collide. */
    static String tag() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** The build's server's application URL: what the clients built here call. */
    static String url() {
        return ApplicationEnvironment.Resolver.load().getApplicationURL();
    }

    static <T> T anonymous(Class<T> api) {
        return new RestClientBuilder().build(api);
    }

    /** This test run's System Manager (created once per JVM). */
    static synchronized Account systemManager() {
        if (systemManager == null) {
            Response login = anonymous(FrappeMethods.class)
                    .login(new FrappeMethods.Credentials(ADMIN_EMAIL, ADMIN_PASSWORD));
            assertEquals(200, login.getStatus(), "admin login");
            String sid = cookie(login, "sid");
            String csrf = login.readEntity(FrappeMethods.LoginAnswer.class).csrfToken();
            RestClientBuilder session = new RestClientBuilder()
                    .withHeader("Cookie", "sid=" + sid)
                    .withHeader("X-Frappe-CSRF-Token", csrf);
            systemManager = newAccount(session.build(Users.class), session.build(FrappeMethods.class), "System Manager");
        }
        return systemManager;
    }

    /** A cookie's value from the {@code Set-Cookie} headers (read as text: the client may fold them into one line). */
    static String cookie(Response response, String name) {
        List<String> headers = response.getStringHeaders().getOrDefault("Set-Cookie", List.of());
        Matcher matcher = Pattern.compile("(?:^|[,;]\\s*)" + name + "=([^;,\\s]*)").matcher(String.join(", ", headers));
        assertTrue(matcher.find(), () -> "no " + name + " cookie in " + headers);
        return matcher.group(1);
    }

    /** A new user with these roles and a key pair, created by {@link #systemManager()}. */
    static Account newUser(String... roles) {
        Account admin = systemManager();
        return newAccount(admin.basic(Users.class), admin.basic(FrappeMethods.class), roles);
    }

    private static Account newAccount(Users users, FrappeMethods methods, String... roles) {
        String email = "ms-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
        Users.User created = users.create(new Users.NewUser(email, "MicroShed " + email, List.of(roles), "pw-" + UUID.randomUUID()))
                .data();
        assertEquals(email, created.name());
        FrappeMethods.ApiKeys keys = methods.generateKeys(new FrappeMethods.KeysFor(email)).message();
        assertEquals(email, keys.user());
        return new Account(email, keys.apiKey(), keys.apiSecret());
    }

    /** Frappe's error body: {@code _server_messages} is a JSON string holding a list of JSON strings. */
    public record ErrorBody(@JsonbProperty("exc_type") String excType, String exception,
                     @JsonbProperty("_server_messages") String serverMessages) {
    }

    /** An error answer as a typed client sees it: the status, and the Frappe body decoded. */
    public record FrappeError(int status, String contentType, String excType, String exception, List<String> messages) {

        /** Asserts the status, {@code exc_type}, the {@code exception} text and that the first message contains the part. */
        FrappeError assertIs(int expectedStatus, String expectedExcType, String messagePart) {
            assertEquals(expectedStatus, status, () -> "status of " + this);
            assertTrue(contentType.startsWith("application/json"), () -> "content type " + contentType);
            assertEquals(expectedExcType, excType, () -> "exc_type of " + this);
            assertTrue(exception.startsWith("frappe.exceptions." + expectedExcType + ": "), exception);
            assertFalse(messages.isEmpty(), "no _server_messages");
            assertTrue(messages.get(0).contains(messagePart), () -> "message '" + messages.get(0) + "' lacks '" + messagePart + "'");
            return this;
        }
    }

    /**
     * Runs a typed call that must fail; the proxy throws a {@link WebApplicationException} for every
     * status from 300 up, whose response still holds the body.
     */
    static FrappeError error(Executable call) {
        try {
            call.execute();
        } catch (WebApplicationException e) {
            Response response = e.getResponse();
            ErrorBody body;
            try {
                body = response.readEntity(ErrorBody.class);
            } catch (RuntimeException unreadable) {
                throw new AssertionError("HTTP " + response.getStatus() + " without a readable Frappe error body; headers "
                        + response.getHeaders(), unreadable);
            }
            List<String> messages = Json.createReader(new StringReader(body.serverMessages())).readArray().stream()
                    .map(m -> Json.createReader(new StringReader(((JsonString) m).getString())).readObject().getString("message"))
                    .toList();
            return new FrappeError(response.getStatus(), String.valueOf(response.getMediaType()), body.excType(),
                    body.exception(), messages);
        } catch (Throwable t) {
            fail("expected an error answer, got " + t, t);
        }
        return fail("expected an error answer, the call succeeded");
    }

    static void assertAmount(String expected, BigDecimal actual) {
        assertNotNull(actual, () -> "expected " + expected);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }
}

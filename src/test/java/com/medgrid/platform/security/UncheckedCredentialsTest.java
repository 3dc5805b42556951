package com.medgrid.platform.security;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A credential that cannot be checked because the database does not answer is neither valid nor
 * invalid: the request must end as a server error, not as a 401 or 403 telling the caller its key is wrong.
 */
class UncheckedCredentialsTest {

    private static final PersistenceException DATABASE_DOWN = new PersistenceException("Connection not available");

    private final Map<String, Object> attributes = new HashMap<>();

    @Test
    void anApiKeyThatCannotBeCheckedIsNeitherRefusedNorAccepted() {
        AuthenticationStatus status = mechanism().validateRequest(request("token key:secret", null), null, context());

        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertSame(DATABASE_DOWN, attributes.get(RejectedCredentialsFilter.FAILURE_ATTRIBUTE));
        assertNull(attributes.get(RejectedCredentialsFilter.ATTRIBUTE));
    }

    @Test
    void aSessionThatCannotBeCheckedIsNeitherRefusedNorAccepted() {
        AuthenticationStatus status = mechanism().validateRequest(request(null, new Cookie("sid", "a-session")), null, context());

        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertSame(DATABASE_DOWN, attributes.get(RejectedCredentialsFilter.FAILURE_ATTRIBUTE));
    }

    @Test
    void theFilterEndsSuchARequestWithTheFailureForTheExceptionMappers() {
        attributes.put(RejectedCredentialsFilter.FAILURE_ATTRIBUTE, DATABASE_DOWN);
        attributes.put(RejectedCredentialsFilter.ATTRIBUTE, "not reached");

        ContainerRequestContext request = fake(ContainerRequestContext.class, (method, args) ->
                "getProperty".equals(method) ? attributes.get((String) args[0]) : null);

        assertSame(DATABASE_DOWN, assertThrows(PersistenceException.class, () -> new RejectedCredentialsFilter().filter(request)));
    }

    private static ApiAuthenticationMechanism mechanism() {
        ApiAuthenticationMechanism mechanism = new ApiAuthenticationMechanism();
        mechanism.authenticator = new Authenticator() {
            @Override
            public Optional<Caller> byHeader(HeaderCredential credential) {
                throw DATABASE_DOWN;
            }

            @Override
            public Optional<Caller> bySession(String sid) {
                throw DATABASE_DOWN;
            }
        };
        @SuppressWarnings("unchecked")
        Instance<SelfAuthorizingEndpoint> none = fake(Instance.class, (method, args) -> "stream".equals(method) ? Stream.empty() : null);
        mechanism.selfAuthorizing = none;
        return mechanism;
    }

    private HttpServletRequest request(String authorization, Cookie cookie) {
        return fake(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getRequestURI" -> "/api/resource/Sales%20Order";
            case "getHeader" -> "Authorization".equals(args[0]) ? authorization : null;
            case "getCookies" -> cookie == null ? null : new Cookie[] {cookie};
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "getAttribute" -> attributes.get((String) args[0]);
            default -> null;
        });
    }

    private static HttpMessageContext context() {
        return fake(HttpMessageContext.class, (method, args) -> switch (method) {
            case "doNothing" -> AuthenticationStatus.NOT_DONE;
            case "isProtected" -> false;
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    /** A stand-in for a container interface that answers only what the code under test asks of it. */
    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}

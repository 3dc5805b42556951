package com.medgrid.platform.oauth;

import com.medgrid.platform.api.ApiArgs;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiArgs form(String... pairs) {
        var json = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            json.add(pairs[i], pairs[i + 1]);
        }
        return ApiArgs.of(json.build());
    }

    @Test
    void basicCredentialsAreFormUrlDecodedAsRfc6749Says() throws Exception {
        assertEquals(new ClientCredentials("app id", "s:e%c", true), ClientCredentials.of(basic("app+id:s%3Ae%25c"), form()));
    }

    @Test
    void formCredentialsAreRead() throws Exception {
        assertEquals(new ClientCredentials("id", "secret", false),
                ClientCredentials.of(null, form("client_id", "id", "client_secret", "secret")));
    }

    @Test
    void bothWaysAtOnceMissingPartsAndOtherSchemesAreRefused() {
        assertEquals("invalid_request", code(() -> ClientCredentials.of(basic("id:secret"), form("client_id", "id"))));
        assertEquals("invalid_client", code(() -> ClientCredentials.of(null, form("client_id", "id"))));
        assertEquals("invalid_client", code(() -> ClientCredentials.of("Bearer abc", form())));
        assertEquals("invalid_client", code(() -> ClientCredentials.of(basic("no-colon"), form())));
        assertEquals("invalid_client", code(() -> ClientCredentials.of(basic("id:%zz"), form())));
    }

    private interface Call {
        void run() throws OAuthError;
    }

    private static String code(Call call) {
        return assertThrows(OAuthError.class, call::run).code();
    }
}

package com.medgrid.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuthorizationHeaderTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tokenAndBasicCarryTheKeyPair() throws Exception {
        assertEquals(new ApiKeyCredential("k", "s"), AuthorizationHeader.parse("token k:s"));
        assertEquals(new ApiKeyCredential("k", "s"), AuthorizationHeader.parse("TOKEN  k:s "));
        assertEquals(new ApiKeyCredential("k", "s"), AuthorizationHeader.parse(basic("k:s")));
        assertEquals(new ApiKeyCredential("k", "s:with:colons"), AuthorizationHeader.parse("token k:s:with:colons"));
    }

    @Test
    void bearerCarriesTheAccessToken() throws Exception {
        assertEquals(new BearerTokenCredential("abc.def"), AuthorizationHeader.parse("Bearer abc.def"));
        assertEquals(new BearerTokenCredential("abc"), AuthorizationHeader.parse("bearer  abc "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "tokenk:s", "Digest abc", "Bearer", "token k", "token :s", "token k:", "Basic %%%"})
    void malformedHeadersAreRefused(String header) {
        assertThrows(AuthorizationHeader.MalformedException.class, () -> AuthorizationHeader.parse(header));
    }

    @Test
    void basicWithoutAColonIsRefused() {
        assertThrows(AuthorizationHeader.MalformedException.class, () -> AuthorizationHeader.parse(basic("no-colon")));
    }
}

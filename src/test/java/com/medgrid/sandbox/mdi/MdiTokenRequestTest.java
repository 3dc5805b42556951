package com.medgrid.sandbox.mdi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MdiTokenRequestTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static Optional<MdiTokenRequest.Refusal> refusal(String body) {
        return MdiTokenRequest.of(json(body)).refusal();
    }

    @Test
    void theDocumentsBodyGoesOn() {
        MdiTokenRequest request = MdiTokenRequest.of(json("{'grant_type': 'client_credentials', 'client_id': ' c1 ', 'client_secret': 's1', 'scope': '*'}"));
        assertEquals(new MdiTokenRequest("client_credentials", "c1", "s1", "*"), request);
        assertEquals(Optional.empty(), request.refusal());
    }

    @Test
    void theFirstMissingFieldIsNamed() {
        assertEquals(Optional.of(new MdiTokenRequest.Refusal("invalid_request", "The grant_type field is required.")), refusal("{}"));
        assertEquals(Optional.of(new MdiTokenRequest.Refusal("invalid_request", "The client_secret field is required.")),
                refusal("{'grant_type': 'client_credentials', 'client_id': 'c1', 'client_secret': 42, 'scope': '*'}"));
        assertEquals(Optional.of(new MdiTokenRequest.Refusal("invalid_request", "The scope field is required.")),
                refusal("{'grant_type': 'password', 'client_id': 'c1', 'client_secret': 's1'}"));
        assertEquals(Optional.of(new MdiTokenRequest.Refusal("invalid_request", "The grant_type field is required.")),
                MdiTokenRequest.of(null).refusal());
    }

    @Test
    void theGrantTypeAndScopeAreFixed() {
        assertEquals(Optional.of(new MdiTokenRequest.Refusal("unsupported_grant_type", "The grant_type must be client_credentials.")),
                refusal("{'grant_type': 'password', 'client_id': 'c1', 'client_secret': 's1', 'scope': '*'}"));
        assertEquals(Optional.of(new MdiTokenRequest.Refusal("invalid_scope", "The scope must be *.")),
                refusal("{'grant_type': 'client_credentials', 'client_id': 'c1', 'client_secret': 's1', 'scope': 'cases'}"));
    }
}

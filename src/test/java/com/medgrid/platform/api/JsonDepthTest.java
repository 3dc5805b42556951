package com.medgrid.platform.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonDepthTest {

    @Test
    void nestingUpToTheLimitPasses() {
        assertDoesNotThrow(() -> JsonDepth.check("[".repeat(JsonDepth.MAX) + "]".repeat(JsonDepth.MAX)));
        assertDoesNotThrow(() -> JsonDepth.check("{\"filters\": [[\"name\", \"=\", \"x\"]], \"a\": {\"b\": {}}}"));
    }

    @Test
    void deeperNestingIsABadRequest() {
        ApiException refused = assertThrows(ApiException.class,
                () -> JsonDepth.check("{\"a\": " + "[".repeat(JsonDepth.MAX) + "]".repeat(JsonDepth.MAX) + "}"));
        assertEquals(ApiError.BAD_REQUEST, refused.error());
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        assertDoesNotThrow(() -> JsonDepth.check("{\"text\": \"" + "[{".repeat(100) + "\\\" [[[\"}"));
    }
}

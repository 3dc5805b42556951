package com.medgrid.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorBodyTest {

    private static JsonArray parseArray(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    @Test
    void serverMessagesIsAJsonStringOfAListOfJsonStrings() {
        JsonObject body = ErrorBody.of(ApiError.VALIDATION, List.of("qty: must be greater than 0", "item_code is required."));
        assertEquals("ValidationError", body.getString("exc_type"));
        assertEquals("frappe.exceptions.ValidationError: qty: must be greater than 0; item_code is required.", body.getString("exception"));
        JsonArray messages = parseArray(body.getString("_server_messages"));
        assertEquals(2, messages.size());
        JsonObject first = Json.createReader(new StringReader(messages.getString(0))).readObject();
        assertEquals("qty: must be greater than 0", first.getString("message"));
        assertFalse(body.containsKey("error_id"));
    }

    @Test
    void unexpectedErrorsCarryTheirId() {
        JsonObject body = ErrorBody.of(ApiError.SERVER, List.of("boom"), "abc-123");
        assertEquals("abc-123", body.getString("error_id"));
        assertEquals("InternalServerError", body.getString("exc_type"));
    }

    @Test
    void statusCodesFollowTheSpec() {
        assertEquals(400, ApiError.BAD_REQUEST.status());
        assertEquals(401, ApiError.AUTHENTICATION.status());
        assertEquals(403, ApiError.PERMISSION.status());
        assertEquals(404, ApiError.NOT_FOUND.status());
        assertEquals(409, ApiError.DUPLICATE.status());
        assertEquals(417, ApiError.VALIDATION.status());
        assertEquals(417, ApiError.TIMESTAMP_MISMATCH.status());
        assertEquals(417, ApiError.LINK_EXISTS.status());
        assertEquals(429, ApiError.RATE_LIMITED.status());
        assertEquals(500, ApiError.SERVER.status());
        assertEquals("DoesNotExistError", ApiError.NOT_FOUND.excType());
        assertEquals("TimestampMismatchError", ApiError.TIMESTAMP_MISMATCH.excType());
    }

    @Test
    void v2ErrorsAreOneEntryPerMessageWithTheSameTypeName() {
        JsonObject body = ErrorBody.forPath("/api/v2/document/Item", ApiError.TIMESTAMP_MISMATCH, List.of("Document changed.", "Reload it."), null);
        assertEquals(Set.of("errors"), body.keySet());
        JsonArray errors = body.getJsonArray("errors");
        assertEquals(2, errors.size());
        JsonObject first = errors.getJsonObject(0);
        assertEquals("TimestampMismatchError", first.getString("type"));
        assertEquals("Document changed.", first.getString("message"));
        assertEquals("red", first.getString("indicator"));
        assertFalse(first.containsKey("raise_exception"), "Frappe drops raise_exception from v2 errors");
        assertEquals("Reload it.", errors.getJsonObject(1).getString("message"));
    }

    @Test
    void v2ServerErrorsKeepTheirId() {
        JsonObject entry = ErrorBody.forPath("/api/v2/method/ping", ApiError.SERVER, List.of("boom"), "abc-123").getJsonArray("errors").getJsonObject(0);
        assertEquals("InternalServerError", entry.getString("type"));
        assertEquals("abc-123", entry.getString("error_id"));
    }

    @Test
    void onlyV2PathsChangeShape() {
        assertTrue(ErrorBody.forPath("/api/resource/Item", ApiError.NOT_FOUND, List.of("x"), null).containsKey("exc_type"));
        assertTrue(ErrorBody.forPath("/api/v1/method/ping", ApiError.NOT_FOUND, List.of("x"), null).containsKey("exc_type"));
        assertTrue(ErrorBody.forPath("/api/v2x/method/ping", ApiError.NOT_FOUND, List.of("x"), null).containsKey("exc_type"));
        assertTrue(ErrorBody.forPath(null, ApiError.NOT_FOUND, List.of("x"), null).containsKey("exc_type"));
        assertTrue(ErrorBody.forPath("/api/v2", ApiError.NOT_FOUND, List.of("x"), null).containsKey("errors"));
        JsonObject notAnError = Json.createObjectBuilder().add("data", "ok").build();
        assertSame(notAnError, ErrorBody.v2(notAnError));
    }
}

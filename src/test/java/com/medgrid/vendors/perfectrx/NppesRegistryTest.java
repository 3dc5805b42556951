package com.medgrid.vendors.perfectrx;

import com.medgrid.fulfillment.VendorException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry policy: unknown NPIs are always refused; an unreachable registry only when failing closed. */
class NppesRegistryTest {

    private static NppesRegistry registry(NppesRegistry.Policy policy, Supplier<JsonObject> answer) {
        NppesRegistry registry = new NppesRegistry() {
            @Override
            JsonObject lookup(String npi) {
                return answer.get();
            }
        };
        registry.policy = policy;
        return registry;
    }

    private static JsonObject results(int count) {
        return Json.createObjectBuilder().add("result_count", count).add("results", Json.createArrayBuilder()).build();
    }

    @Test
    void anNpiTheRegistryDoesNotKnowIsRefused() {
        VendorException refused = assertThrows(VendorException.class,
                () -> registry(NppesRegistry.Policy.FAIL_OPEN, () -> results(0)).requireKnown("1999999990"));
        assertTrue(refused.getMessage().contains("does not exist in the NPPES registry"));
        assertDoesNotThrow(() -> registry(NppesRegistry.Policy.FAIL_OPEN, () -> results(1)).requireKnown("1234567893"));
    }

    @Test
    void anUnreachableRegistryFailsOpenOrClosedAsConfigured() {
        Supplier<JsonObject> down = () -> {
            throw new ProcessingException("connection refused");
        };
        assertDoesNotThrow(() -> registry(NppesRegistry.Policy.FAIL_OPEN, down).requireKnown("1234567893"));
        assertThrows(VendorException.class, () -> registry(NppesRegistry.Policy.FAIL_CLOSED, down).requireKnown("1234567893"));
        assertDoesNotThrow(() -> registry(NppesRegistry.Policy.OFF, () -> results(0)).requireKnown("1234567893"));
    }
}

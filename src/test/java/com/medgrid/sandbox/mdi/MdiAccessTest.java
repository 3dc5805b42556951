package com.medgrid.sandbox.mdi;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MdiAccessTest {

    @Test
    void aBearerTokenIsReadFromTheAuthorizationHeader() {
        assertEquals(Optional.of("abc"), MdiAccess.bearer("Bearer abc"));
        assertEquals(Optional.of("abc"), MdiAccess.bearer("bearer  abc "));
        assertEquals(Optional.empty(), MdiAccess.bearer("Bearer "));
        assertEquals(Optional.empty(), MdiAccess.bearer("Basic abc"));
        assertEquals(Optional.empty(), MdiAccess.bearer(null));
    }

    @Test
    void onlyAnAcceptNamingJsonIsAccepted() {
        assertTrue(MdiAccess.acceptsJson("application/json"));
        assertTrue(MdiAccess.acceptsJson("text/html, Application/JSON; charset=utf-8"));
        assertFalse(MdiAccess.acceptsJson("*/*"));
        assertFalse(MdiAccess.acceptsJson("text/html"));
        assertFalse(MdiAccess.acceptsJson("application/jsonx"));
        assertFalse(MdiAccess.acceptsJson(null));
    }

    @Test
    void maintenanceIsAFaultBesidesTheCommonOnes() {
        assertTrue(MdiAccess.FAULTS.containsAll(com.medgrid.sandbox.SandboxFaults.MODES));
        assertTrue(MdiAccess.FAULTS.contains("maintenance"));
    }
}

package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VendorRegistrationTest {

    private static final Map<String, String> VALID = Map.of("sales_representative_name", "Skydell Holdings",
            "email", "Vendor@Example.com", "password", "", "country", "United States", "profile_url", "skydell");

    private static ApiArgs args(Map<String, String> base, String... overrides) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        base.forEach(json::add);
        for (int i = 0; i < overrides.length; i += 2) {
            json.add(overrides[i], overrides[i + 1]);
        }
        return ApiArgs.of(json.build());
    }

    private static String refusal(ApiArgs args) {
        ApiException e = assertThrows(ApiException.class, () -> VendorRegistration.parse(args));
        assertEquals(ApiError.VALIDATION, e.error());
        return e.getMessage();
    }

    @Test
    void theSpecsBodyIsAValidRegistrationWithoutPassword() {
        VendorRegistration registration = VendorRegistration.parse(args(VALID));
        assertEquals(new VendorRegistration("Skydell Holdings", "vendor@example.com", Optional.empty(), "United States", "skydell"),
                registration);
    }

    @Test
    void anEmptyHoneypotIsFineAFilledOneIsRefused() {
        VendorRegistration.parse(args(VALID, "website", ""));
        assertTrue(refusal(args(VALID, "website", "http://spam.example")).contains("website must be left empty"));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        String message = refusal(args(VALID, "status", "Approved", "vendor_user", "x@example.com"));
        assertTrue(message.startsWith("Unknown fields status, vendor_user: register_vendor takes sales_representative_name"), message);
    }

    @Test
    void profileUrlMustBeASlug() {
        for (String bad : new String[] {"Skydell", "-skydell", "s", "sky dell", "sky_dell", "a".repeat(64)}) {
            assertTrue(refusal(args(VALID, "profile_url", bad)).startsWith("profile_url must be"), bad);
        }
        VendorRegistration.parse(args(VALID, "profile_url", "sky-dell-2"));
    }

    @Test
    void requiredFieldsAndEmailAreChecked() {
        for (String field : new String[] {"sales_representative_name", "email", "country", "profile_url"}) {
            assertEquals(field + " is required.", refusal(args(VALID, field, " ")));
        }
        assertTrue(refusal(args(VALID, "email", "not-an-address")).contains("is not a valid email address"));
        assertTrue(refusal(args(VALID, "country", "x".repeat(141))).contains("at most 140"));
    }

    @Test
    void aGivenPasswordMeetsTheUserPasswordRule() {
        assertEquals("password must be at least 8 characters long.", refusal(args(VALID, "password", "short")));
        assertEquals(Optional.of("long enough"), VendorRegistration.parse(args(VALID, "password", "long enough")).password());
    }
}

package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VendorDashboardTest {

    private static final Predicate<String> EXISTING = Set.of("Acme", "Beta", "Gamma")::contains;

    private static ApiException refused(Optional<String> asked, List<String> mine, boolean staff) {
        return assertThrows(ApiException.class, () -> VendorDashboard.vendorFor(asked, mine, staff, EXISTING));
    }

    @Test
    void aVendorSeesItsOwnProfileNamedOrNot() {
        assertEquals("Acme", VendorDashboard.vendorFor(Optional.empty(), List.of("Acme"), false, EXISTING));
        assertEquals("Beta", VendorDashboard.vendorFor(Optional.of("Beta"), List.of("Acme", "Beta"), false, EXISTING));
    }

    @Test
    void aVendorNamingAnotherProfileIsRefusedWhetherItExistsOrNot() {
        ApiException other = refused(Optional.of("Beta"), List.of("Acme"), false);
        assertEquals(403, other.error().status());
        assertEquals("Not permitted: you do not act for Vendor Profile Beta.", other.getMessage());
        assertEquals(403, refused(Optional.of("Nobody"), List.of("Acme"), false).error().status());
    }

    @Test
    void aVendorOfSeveralProfilesNamesOne() {
        ApiException several = refused(Optional.empty(), List.of("Acme", "Beta"), false);
        assertEquals(417, several.error().status());
        assertEquals("vendor is required: you act for Acme, Beta.", several.getMessage());
    }

    @Test
    void aVendorWithoutAnApprovedProfileHasNoDashboard() {
        ApiException none = refused(Optional.empty(), List.of(), false);
        assertEquals(403, none.error().status());
        assertEquals("Not permitted: the vendor dashboard is for vendors with an approved Vendor Profile.", none.getMessage());
    }

    @Test
    void staffNameAnExistingProfile() {
        assertEquals("Gamma", VendorDashboard.vendorFor(Optional.of("Gamma"), List.of(), true, EXISTING));
        ApiException missing = refused(Optional.empty(), List.of(), true);
        assertEquals(417, missing.error().status());
        assertEquals("vendor is required: the Vendor Profile whose dashboard to show.", missing.getMessage());
        ApiException unknown = refused(Optional.of("Nobody"), List.of(), true);
        assertEquals(404, unknown.error().status());
        assertEquals("Vendor Profile Nobody not found.", unknown.getMessage());
    }
}

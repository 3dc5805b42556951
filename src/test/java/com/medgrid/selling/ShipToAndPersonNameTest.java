package com.medgrid.selling;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShipToAndPersonNameTest {

    private static OrderShipping.ShipTo in(String country) {
        return new OrderShipping.ShipTo("Jane Smith", "1 Main St", null, "Austin", "TX", "78701", country);
    }

    @Test
    void countriesBecomeIsoCodesAndNoneIsTheUnitedStates() {
        assertEquals("US", in("United States").countryCode());
        assertEquals("US", in(null).countryCode());
        assertEquals("US", in(" ").countryCode());
        assertEquals("CA", in("ca").countryCode());
        assertEquals("Canada", in("Canada").countryCode());
    }

    @Test
    void theLastWordIsTheLastName() {
        assertEquals(new PersonName("Mary Jane", "Smith"), PersonName.of(" Mary Jane Smith "));
        assertEquals(new PersonName("Clinic", "Clinic"), PersonName.of("Clinic"));
        assertEquals(new PersonName("", ""), PersonName.of(null));
    }
}

package com.medgrid.platform.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NpiTest {

    @Test
    void theCheckDigitIsLuhnOverThe80840Prefix() {
        assertTrue(Npi.isValid("1234567893")); // the CMS worked example
        assertFalse(Npi.isValid("1234567890"));
        assertFalse(Npi.isValid("1234567894"));
    }

    @Test
    void onlyTenDigitsQualify() {
        assertFalse(Npi.isValid(null));
        assertFalse(Npi.isValid("123456789"));
        assertFalse(Npi.isValid("12345678931"));
        assertFalse(Npi.isValid("12345678a3"));
        assertFalse(Npi.isValid(" 1234567893"));
    }
}

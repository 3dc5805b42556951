package com.medgrid.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentNamesTest {

    @Test
    void namesThatFitAUrlSegmentPass() {
        for (String name : List.of("Bayside Wellness Clinic", "BPC-157 5mg", "O'Brien & Sons", "Müller #2", "100% Pure")) {
            assertDoesNotThrow(() -> DocumentNames.check("Customer", name), name);
        }
    }

    @Test
    void namesThatBreakTheUrlOrContainControlCharactersAreRefused() {
        for (String name : List.of("A/B", "A\\B", ".", "..", " padded", "padded ", "two\nlines", "nul\u0000", "", "  ")) {
            ApiException refused = assertThrows(ApiException.class, () -> DocumentNames.check("Customer", name), name);
            assertEquals(ApiError.VALIDATION, refused.error());
        }
    }
}

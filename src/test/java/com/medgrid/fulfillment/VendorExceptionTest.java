package com.medgrid.fulfillment;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VendorExceptionTest {

    @Test
    void aVendorFaultDuringARequestIsA417NamingTheVendor() {
        assertEquals("ok", VendorException.duringRequest("Shopify", () -> "ok"));
        ApiException refused = assertThrows(ApiException.class, () -> VendorException.duringRequest("Shopify", () -> {
            throw VendorException.rejected("Variant out of stock");
        }));
        assertEquals(ApiError.VALIDATION, refused.error());
        assertEquals(java.util.List.of("Shopify: Variant out of stock"), refused.messages());
    }
}

package com.medgrid.fulfillment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchRequestLineTest {

    private static DispatchRequest.Line line(String qty) {
        return new DispatchRequest.Line("row-1", "BPC", "BPC-157", new BigDecimal(qty), BigDecimal.TEN, "W", null);
    }

    @Test
    void quantitiesAreWholeUnitsOrARefusalNamingTheVendor() {
        assertEquals(2, line("2.000000").wholeUnits("Centre Research"));
        VendorException refused = assertThrows(VendorException.Rejected.class, () -> line("1.5").wholeUnits("Centre Research"));
        assertTrue(refused.getMessage().startsWith("Centre Research takes whole units; BPC has quantity 1.5"), refused.getMessage());
    }
}

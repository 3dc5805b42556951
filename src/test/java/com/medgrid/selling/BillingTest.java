package com.medgrid.selling;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BillingTest {

    private static Billing of(String total, String paid) {
        return Billing.of(new BigDecimal(total), new BigDecimal(paid));
    }

    @Test
    void nothingPaidIsUnpaid() {
        assertEquals(new Billing(BigDecimal.ZERO, Billing.UNPAID), of("75", "0"));
        assertEquals(Billing.UNPAID, of("75", "-1").status());
    }

    @Test
    void partOfTheTotalIsPartlyPaidWithItsPercentage() {
        Billing billing = of("75", "25");
        assertEquals(Billing.PARTLY_PAID, billing.status());
        assertEquals(new BigDecimal("33.33"), billing.perBilled());
        assertEquals(new BigDecimal("50.00"), of("100", "50").perBilled());
    }

    @Test
    void partlyPaidNeverShowsZeroOrAHundredPercent() {
        assertEquals(new BigDecimal("0.01"), of("1000000", "0.01").perBilled());
        assertEquals(new BigDecimal("99.99"), of("1000000", "999999.99").perBilled());
        assertEquals(Billing.PARTLY_PAID, of("1000000", "999999.99").status());
    }

    @Test
    void theWholeTotalIsPaid() {
        assertEquals(new Billing(BigDecimal.valueOf(100), Billing.PAID), of("75", "75.000000"));
    }

    @Test
    void anOrderWithNothingToPayStaysUnpaid() {
        assertEquals(Billing.UNPAID, of("0", "0").status());
    }

    @Test
    void currencyPrecisionFollowsTheIsoMinorUnit() {
        assertEquals(2, PaymentService.fractionDigits("USD"));
        assertEquals(0, PaymentService.fractionDigits("JPY"));
        assertEquals(2, PaymentService.fractionDigits("XYZ1"));
    }
}

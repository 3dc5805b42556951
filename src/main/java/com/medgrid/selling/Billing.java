package com.medgrid.selling;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of an order is paid, derived in this one place from its grand total and the net amount
 * received (receipts minus refunds): {@code per_billed} as a percentage (0–100, two decimals, 100
 * only when fully paid) and {@code billing_status} Unpaid / Partly Paid / Paid.
 */
public record Billing(BigDecimal perBilled, String status) {

    public static final String UNPAID = "Unpaid";
    public static final String PARTLY_PAID = "Partly Paid";
    public static final String PAID = "Paid";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ALMOST_ALL = new BigDecimal("99.99");

    public static Billing of(BigDecimal grandTotal, BigDecimal netPaid) {
        if (netPaid.signum() <= 0 || grandTotal.signum() <= 0) {
            return new Billing(BigDecimal.ZERO, UNPAID);
        }
        if (netPaid.compareTo(grandTotal) >= 0) {
            return new Billing(HUNDRED, PAID);
        }
        BigDecimal percent = netPaid.multiply(HUNDRED).divide(grandTotal, 2, RoundingMode.DOWN);
        if (percent.signum() == 0) {
            percent = new BigDecimal("0.01");
        }
        return new Billing(percent.min(ALMOST_ALL), PARTLY_PAID);
    }
}

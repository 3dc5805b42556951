package com.medgrid.selling;

import java.math.BigDecimal;

/**
 * CDI event: a Payment Entry (Receive or Refund) was recorded against an order, inside that
 * transaction; the order's billing now stands at {@code perBilled} / {@code billingStatus}.
 * For {@code order.paid} / {@code order.refunded} webhooks.
 */
public record SalesOrderPaymentRecorded(String salesOrder, String customer, String paymentEntry, String paymentType,
                                        BigDecimal amount, String currency, BigDecimal advancePaid, BigDecimal perBilled,
                                        String previousBillingStatus, String billingStatus) {
}

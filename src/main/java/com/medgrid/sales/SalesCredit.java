package com.medgrid.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted order credited to the rep its customer was assigned to at that moment, so that
 * reassigning the customer later does not move past sales. Cancelling the order reverses it; the
 * money received on the order is kept as {@code paidAmount}. Written only by {@link SalesCredits}.
 */
@Entity
@Table(name = "sales_credits")
public class SalesCredit {

    @Id
    @Column(name = "sales_order")
    private String salesOrder;

    @Column(name = "sales_person")
    private String salesPerson;

    @Column(name = "customer")
    private String customer;

    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "paid_amount")
    private BigDecimal paidAmount = BigDecimal.ZERO;

    @Column(name = "transaction_date")
    private LocalDate transactionDate;

    @Column(name = "reversed_at")
    private Instant reversedAt;

    protected SalesCredit() {
    }

    SalesCredit(String salesOrder, String salesPerson, String customer, BigDecimal amount, LocalDate transactionDate) {
        this.salesOrder = salesOrder;
        this.salesPerson = salesPerson;
        this.customer = customer;
        this.amount = amount;
        this.transactionDate = transactionDate;
    }

    void reverse(Instant at) {
        if (reversedAt == null) {
            reversedAt = at;
        }
    }

    /** What the order has received, net of refunds; never more than the credited amount. */
    void paid(BigDecimal advancePaid) {
        paidAmount = advancePaid.max(BigDecimal.ZERO).min(amount);
    }
}

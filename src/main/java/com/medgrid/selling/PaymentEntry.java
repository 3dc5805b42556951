package com.medgrid.selling;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * ERPNext's Payment Entry, simplified to one Sales Order per entry ({@code sales_order} instead of a
 * references table): money received for the order ({@code Receive}) or paid back ({@code Refund}).
 * Entries are submitted (docstatus 1) when recorded and never change; a mistake is undone by a Refund.
 */
@Entity
@Table(name = "payment_entries")
public class PaymentEntry extends DocumentEntity {

    public static final String SERIES = "ACC-PAY-.YYYY.-.#####";
    public static final String RECEIVE = "Receive";
    public static final String REFUND = "Refund";
    public static final String CUSTOMER = "Customer";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "payment_type", updatable = false)
    @NotBlank
    private String paymentType;

    @Column(name = "party_type", updatable = false)
    private String partyType;

    /** The order's customer. */
    @Column(name = "party", updatable = false)
    private String party;

    @Column(name = "sales_order", updatable = false)
    @NotBlank
    private String salesOrder;

    @Column(name = "posting_date")
    private LocalDate postingDate;

    @Column(name = "paid_amount", updatable = false)
    @NotNull
    private BigDecimal paidAmount;

    /** The order's currency. */
    @Column(name = "currency", updatable = false)
    private String currency;

    @Column(name = "mode_of_payment")
    @Size(max = 140)
    private String modeOfPayment;

    @Column(name = "reference_no")
    @Size(max = 140)
    private String referenceNo;

    @Column(name = "reference_date")
    private LocalDate referenceDate;

    @Column(name = "remarks")
    @Size(max = 1000)
    private String remarks;

    @Column(name = "docstatus")
    private int docstatus = 1;

    public PaymentEntry() {
    }

    @Override
    public String getName() {
        return name;
    }

    public String getPaymentType() {
        return paymentType;
    }

    public String getParty() {
        return party;
    }

    public String getSalesOrder() {
        return salesOrder;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public String getCurrency() {
        return currency;
    }

    /** Names the entry and ties it to its order's customer and currency; done once, when it is recorded. */
    void assign(String name, String customer, String currency, LocalDate today) {
        this.name = name;
        this.partyType = CUSTOMER;
        this.party = customer;
        this.currency = currency;
        this.docstatus = 1;
        if (postingDate == null) {
            postingDate = today;
        }
    }
}

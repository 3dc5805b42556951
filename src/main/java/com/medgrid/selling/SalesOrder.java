package com.medgrid.selling;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's order. Drafts (docstatus 0) may change; submitting (1) reserves stock and hands the
 * order to fulfilment; cancelling (2) releases it. Its vendor fields ({@code shipstation_status},
 * {@code cr_order_id}, …) are not stored here: they come from the vendors' orders
 * ({@link SalesOrderVendorFields}).
 */
@Entity
@Table(name = "sales_orders")
public class SalesOrder extends DocumentEntity {

    public static final String SERIES = "SO-.YYYY.-.#####";

    /** The document states of the spec: Draft / To Deliver / On Hold / Closed / Cancelled. */
    public static final String DRAFT = "Draft";
    public static final String TO_DELIVER = "To Deliver";
    public static final String ON_HOLD = "On Hold";
    public static final String CLOSED = "Closed";
    public static final String CANCELLED = "Cancelled";
    /** What {@code update_status} asks for to resume a held order or re-open a closed one. */
    public static final String REOPEN = "Draft";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "customer")
    private String customer;

    @Column(name = "transaction_date")
    private LocalDate transactionDate;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @Column(name = "currency")
    private String currency;

    @Column(name = "selling_price_list")
    private String sellingPriceList;

    @Column(name = "shipping_address_name")
    private String shippingAddressName;

    @Column(name = "total_qty")
    private BigDecimal totalQty = BigDecimal.ZERO;

    @Column(name = "grand_total")
    private BigDecimal grandTotal = BigDecimal.ZERO;

    @Column(name = "docstatus")
    private int docstatus;

    @Column(name = "status")
    private String status = DRAFT;

    /** How far the shipments have got across vendors, once submitted (see fulfilment). */
    @Column(name = "fulfillment_status")
    private String fulfillmentStatus;

    /** The prescriber of the order's prescription items (10-digit NPI), needed before an e-script goes out. */
    @Column(name = "prescriber_npi")
    private String prescriberNpi;

    /** Net amount received by Payment Entries: receipts minus refunds (ERPNext's name). */
    @Column(name = "advance_paid")
    private BigDecimal advancePaid = BigDecimal.ZERO;

    /** Percentage of the grand total paid, net of refunds ({@link Billing}). */
    @Column(name = "per_billed")
    private BigDecimal perBilled = BigDecimal.ZERO;

    /** Unpaid / Partly Paid / Paid ({@link Billing}). */
    @Column(name = "billing_status")
    private String billingStatus = Billing.UNPAID;

    @OneToMany(mappedBy = "salesOrder", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("idx")
    private List<SalesOrderItem> items = new ArrayList<>();

    /** An order named once it is complete ({@link #name}), so that its naming series is locked as briefly as possible. */
    protected SalesOrder() {
    }

    public SalesOrder(String name) {
        this.name = name;
    }

    void name(String name) {
        if (this.name != null) {
            throw new IllegalStateException("Sales Order " + this.name + " is already named");
        }
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getCustomer() {
        return customer;
    }

    public LocalDate getTransactionDate() {
        return transactionDate;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public String getShippingAddressName() {
        return shippingAddressName;
    }

    void setShippingAddressName(String shippingAddressName) {
        this.shippingAddressName = shippingAddressName;
    }

    public int getDocstatus() {
        return docstatus;
    }

    public String getStatus() {
        return status;
    }

    String getFulfillmentStatus() {
        return fulfillmentStatus;
    }

    void setPrescriberNpi(String prescriberNpi) {
        this.prescriberNpi = prescriberNpi;
    }

    void setFulfillmentStatus(String fulfillmentStatus) {
        this.fulfillmentStatus = fulfillmentStatus;
    }

    public String getPrescriberNpi() {
        return prescriberNpi;
    }

    public String getSellingPriceList() {
        return sellingPriceList;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getGrandTotal() {
        return grandTotal;
    }

    public List<SalesOrderItem> getItems() {
        return List.copyOf(items);
    }

    void setCurrency(String currency) {
        this.currency = currency;
    }

    void setSellingPriceList(String sellingPriceList) {
        this.sellingPriceList = sellingPriceList;
    }

    void setTransactionDate(LocalDate transactionDate) {
        this.transactionDate = transactionDate;
    }

    /** Replaces the lines and recomputes the totals. */
    void setItems(List<SalesOrderItem> lines) {
        items.clear();
        for (SalesOrderItem line : lines) {
            line.attachTo(this, items.size() + 1);
            items.add(line);
        }
        totalQty = lines.stream().map(SalesOrderItem::getQty).reduce(BigDecimal.ZERO, BigDecimal::add);
        grandTotal = lines.stream().map(SalesOrderItem::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getAdvancePaid() {
        return advancePaid;
    }

    public String getBillingStatus() {
        return billingStatus;
    }

    /** What is still to be received: the grand total less the net amount paid. */
    BigDecimal outstanding() {
        return grandTotal.subtract(advancePaid).max(BigDecimal.ZERO);
    }

    /** Books a receipt (positive) or a refund (negative) and derives per_billed and billing_status again. */
    Billing paid(BigDecimal signedAmount) {
        advancePaid = advancePaid.add(signedAmount);
        Billing billing = Billing.of(grandTotal, advancePaid);
        perBilled = billing.perBilled();
        billingStatus = billing.status();
        return billing;
    }

    void submitted() {
        docstatus = 1;
        status = TO_DELIVER;
        fulfillmentStatus = "Not Shipped";
    }

    void cancelled() {
        docstatus = 2;
        status = CANCELLED;
    }

    /** Stock stays reserved while the order is submitted and neither closed nor cancelled. */
    boolean holdsReservation() {
        return docstatus == 1 && !CLOSED.equals(status);
    }

    /**
     * Frappe's {@code update_status}: put a submitted order On Hold or Close it, or ({@link #REOPEN})
     * bring a held or closed one back to To Deliver.
     */
    void changeStatus(String target) {
        if (docstatus != 1) {
            throw ApiException.validation("Sales Order " + name + " is " + status + ": only submitted orders can change status.");
        }
        boolean allowed = switch (target) {
            case ON_HOLD -> TO_DELIVER.equals(status);
            case CLOSED -> TO_DELIVER.equals(status) || ON_HOLD.equals(status);
            case REOPEN -> ON_HOLD.equals(status) || CLOSED.equals(status);
            default -> throw ApiException.validation("status must be " + ON_HOLD + ", " + CLOSED + " or " + REOPEN
                    + " (to resume or re-open), got " + target + ".");
        };
        if (!allowed) {
            throw ApiException.validation("Sales Order " + name + " is " + status + " and cannot be set to " + target + ".");
        }
        status = REOPEN.equals(target) ? TO_DELIVER : target;
    }
}

package com.medgrid.marketplace;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A vendor's request to change the stock of one of its items in a warehouse: made Requested, then a
 * marketplace officer approves it (the bin changes with it) or rejects it with a reason. Written only
 * through {@link StockUpdateRequests}.
 */
@Entity
@Table(name = "stock_update_requests")
@NamedQuery(name = StockUpdateRequest.OPEN_OF_VENDOR, query = "SELECT r.name, r.item, r.action, r.warehouse, r.quantity, r.reason,"
        + " r.creation FROM StockUpdateRequest r WHERE r.vendor = :vendor AND r.status = '" + StockUpdateRequest.REQUESTED + "'"
        + " ORDER BY r.creation DESC, r.name DESC")
public class StockUpdateRequest extends DocumentEntity {

    static final String OPEN_OF_VENDOR = "StockUpdateRequest.openOfVendor";

    static final String SERIES = "SUR-.YYYY.-.#####";

    static final String REQUESTED = "Requested";
    static final String APPROVED = "Approved";
    static final String REJECTED = "Rejected";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "item", updatable = false)
    private String item;

    @Column(name = "action", updatable = false)
    private String action;

    @Column(name = "warehouse", updatable = false)
    private String warehouse;

    @Column(name = "quantity", updatable = false)
    private BigDecimal quantity;

    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "status")
    private String status = REQUESTED;

    /** The item's default_supplier when the request was made: the Vendor Profile whose user sees it. */
    @Column(name = "vendor", updatable = false)
    private String vendor;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    /** Who approved or rejected it, and when. */
    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected StockUpdateRequest() {
    }

    StockUpdateRequest(String name, StockUpdate update, String reason, String vendor) {
        this.name = name;
        this.item = update.item();
        this.action = update.action().name();
        this.warehouse = update.warehouse();
        this.quantity = update.quantity();
        this.reason = reason;
        this.vendor = vendor;
    }

    @Override
    public String getName() {
        return name;
    }

    String getStatus() {
        return status;
    }

    String getVendor() {
        return vendor;
    }

    StockUpdate update() {
        return new StockUpdate(item, warehouse, StockUpdateAction.of(action), quantity);
    }

    void approve(String reviewer, Instant now) {
        review(APPROVED, reviewer, now);
    }

    void reject(String reason, String reviewer, Instant now) {
        rejectionReason = reason;
        review(REJECTED, reviewer, now);
    }

    private void review(String outcome, String reviewer, Instant now) {
        status = outcome;
        reviewedBy = reviewer;
        reviewedAt = now;
        modified(reviewer, now);
    }
}

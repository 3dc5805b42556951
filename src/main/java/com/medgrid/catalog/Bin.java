package com.medgrid.catalog;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * Stock of one item in one warehouse: {@code projected_qty} = actual − reserved. Read-only through
 * the API; stock changes come from stock movements and order reservations.
 */
@Entity
@EntityListeners(CatalogChangeListener.class)
@Table(name = "bins")
@NamedQuery(name = Bin.SET_ITEM_DISABLED, query = "UPDATE Bin b SET b.itemDisabled = :disabled WHERE b.itemCode = :item")
@NamedQuery(name = Bin.SELLABLE_IN_WAREHOUSE, query = "SELECT b.itemCode FROM Bin b WHERE b.warehouse = :warehouse"
        + " AND b.actualQty > 0 AND b.itemDisabled = FALSE ORDER BY b.itemCode")
public class Bin extends DocumentEntity {

    static final String SET_ITEM_DISABLED = "Bin.setItemDisabled";
    static final String SELLABLE_IN_WAREHOUSE = "Bin.sellableInWarehouse";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "warehouse")
    private String warehouse;

    @Column(name = "actual_qty")
    private BigDecimal actualQty = BigDecimal.ZERO;

    @Column(name = "reserved_qty")
    private BigDecimal reservedQty = BigDecimal.ZERO;

    @Column(name = "projected_qty")
    private BigDecimal projectedQty = BigDecimal.ZERO;

    /** A copy of the item's {@code disabled}, kept by {@link StockService#itemDisabled}, for paging without a join. */
    @Column(name = "item_disabled")
    private boolean itemDisabled;

    protected Bin() {
    }

    public Bin(String itemCode, String warehouse, BigDecimal actualQty) {
        this.name = nameOf(itemCode, warehouse);
        this.itemCode = itemCode;
        this.warehouse = warehouse;
        setActualQty(actualQty);
    }

    public static String nameOf(String itemCode, String warehouse) {
        return itemCode + " - " + warehouse;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public BigDecimal getReservedQty() {
        return reservedQty;
    }

    public BigDecimal available() {
        return actualQty.subtract(reservedQty);
    }

    void reserve(BigDecimal qty) {
        reservedQty = reservedQty.add(qty);
        projectedQty = actualQty.subtract(reservedQty);
    }

    /** Gives back a reservation; never below zero, so a repeated release cannot corrupt the bin. */
    void release(BigDecimal qty) {
        reservedQty = reservedQty.subtract(qty).max(BigDecimal.ZERO);
        projectedQty = actualQty.subtract(reservedQty);
    }

    void itemDisabled(boolean disabled) {
        this.itemDisabled = disabled;
    }

    /** A counted stock level; the reserved quantity stays as it is. */
    void setActualQty(BigDecimal actualQty) {
        this.actualQty = actualQty;
        this.projectedQty = actualQty.subtract(reservedQty);
    }
}

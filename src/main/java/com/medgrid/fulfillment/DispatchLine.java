package com.medgrid.fulfillment;

import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.crypto.Tokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** An order line as it was when the order was submitted: what the vendor is asked to ship. */
@Entity
@Table(name = "fulfillment_dispatch_lines")
public class DispatchLine {

    @Id
    @Column(name = "name")
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent")
    private Dispatch dispatch;

    @Column(name = "idx")
    private int idx;

    @Column(name = "sales_order_item")
    private String salesOrderItem;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "item_name")
    private String itemName;

    @Column(name = "qty")
    private BigDecimal qty;

    @Column(name = "rate")
    private BigDecimal rate;

    @Column(name = "warehouse")
    private String warehouse;

    /** The Vendor Profile selling the line; its own integration connection ships it when it has one. */
    @Column(name = "supplier")
    private String supplier;

    protected DispatchLine() {
    }

    DispatchLine(Dispatch dispatch, int idx, DispatchRequest.Line line) {
        this.name = Tokens.random(10);
        this.dispatch = dispatch;
        this.idx = idx;
        this.salesOrderItem = line.salesOrderItem();
        this.itemCode = line.itemCode();
        this.itemName = line.itemName();
        this.qty = line.qty();
        this.rate = line.rate();
        this.warehouse = line.warehouse();
        this.supplier = line.supplier();
    }

    public String getSalesOrderItem() {
        return salesOrderItem;
    }

    public String getSupplier() {
        return supplier;
    }

    DispatchRequest.Line toRequest() {
        return new DispatchRequest.Line(salesOrderItem, itemCode, itemName, qty, rate, warehouse, supplier);
    }

    Map<String, Object> toWire() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("idx", idx);
        row.put("sales_order_item", salesOrderItem);
        row.put("item_code", itemCode);
        row.put("item_name", itemName);
        row.put("qty", FieldValues.plain(qty));
        row.put("rate", FieldValues.plain(rate));
        row.put("warehouse", warehouse);
        row.put("supplier", supplier);
        return row;
    }
}

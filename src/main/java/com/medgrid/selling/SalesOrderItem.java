package com.medgrid.selling;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.platform.crypto.Tokens;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.medgrid.platform.api.FieldValues.plain;

/** One line of a Sales Order (Frappe child table "Sales Order Item"); {@code amount} = qty × rate. */
@Entity
@Table(name = "sales_order_items")
public class SalesOrderItem {

    @Id
    @Column(name = "name")
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent")
    private SalesOrder salesOrder;

    @Column(name = "idx")
    private int idx;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "item_name")
    private String itemName;

    @Column(name = "qty")
    private BigDecimal qty;

    @Column(name = "rate")
    private BigDecimal rate;

    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "warehouse")
    private String warehouse;

    /** The Vendor Profile selling the line: its item's default supplier when ordered. */
    @Column(name = "vendor")
    private String vendor;

    protected SalesOrderItem() {
    }

    public SalesOrderItem(String itemCode, String itemName, BigDecimal qty, BigDecimal rate, String warehouse, String vendor) {
        this.name = Tokens.random(10); // random like Frappe's child rows, so replaced lines never collide
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.qty = qty;
        this.rate = rate;
        this.amount = qty.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        this.warehouse = warehouse;
        this.vendor = vendor;
    }

    void attachTo(SalesOrder order, int position) {
        this.salesOrder = order;
        this.idx = position;
    }

    public String getName() {
        return name;
    }

    public String getItemName() {
        return itemName;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public String getItemCode() {
        return itemCode;
    }

    public BigDecimal getQty() {
        return qty;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public String getVendor() {
        return vendor;
    }

    /** The line as a request would send it, without its rate: to price it again from another list. */
    JsonObject toInput() {
        return ApiJson.JSON.createObjectBuilder().add("name", name).add("item_code", itemCode).add("qty", qty)
                .add("warehouse", warehouse).build();
    }

    Map<String, Object> toWire() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("idx", idx);
        row.put("item_code", itemCode);
        row.put("item_name", itemName);
        row.put("qty", plain(qty));
        row.put("rate", plain(rate));
        row.put("amount", plain(amount));
        row.put("warehouse", warehouse);
        row.put("vendor", vendor);
        return row;
    }
}

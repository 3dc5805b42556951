package com.medgrid.sync;

import com.medgrid.platform.api.FieldValues;
import com.medgrid.selling.OrderLines;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;

/** A line of an order: what, how many, at what rate, from where, and the Vendor Profile that sells it. */
@Type("OrderLine")
public class OrderLine {

    private final OrderLines.Line line;

    OrderLine(OrderLines.Line line) {
        this.line = line;
    }

    public String getItemCode() {
        return line.itemCode();
    }

    public String getItemName() {
        return line.itemName();
    }

    public BigDecimal getQty() {
        return FieldValues.plain(line.qty());
    }

    public BigDecimal getRate() {
        return FieldValues.plain(line.rate());
    }

    public BigDecimal getAmount() {
        return FieldValues.plain(line.amount());
    }

    public String getWarehouse() {
        return line.warehouse();
    }

    @Description("The Vendor Profile that sells the line; null for MedGrid's own")
    public String getVendor() {
        return line.vendor();
    }
}

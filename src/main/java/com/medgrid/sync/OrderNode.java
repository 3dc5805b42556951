package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Type;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A Sales Order as a sync client reads it, with the same redaction as {@code /api/resource/Sales
 * Order} (a vendor's totals are of its own lines); {@code lines} are resolved for a whole page at once.
 */
@Type("Order")
public class OrderNode {

    static final List<String> FIELDS = List.of("customer", "transaction_date", "delivery_date", "status", "docstatus", "grand_total",
            "currency", "fulfillment_status", "modified");

    private final Map<String, Object> row;
    private final OrderPage page;

    OrderNode(Map<String, Object> row, OrderPage page) {
        this.row = row;
        this.page = page;
    }

    public String getName() {
        return (String) row.get("name");
    }

    public String getCustomer() {
        return (String) row.get("customer");
    }

    public String getTransactionDate() {
        return (String) row.get("transaction_date");
    }

    public String getDeliveryDate() {
        return (String) row.get("delivery_date");
    }

    public String getStatus() {
        return (String) row.get("status");
    }

    @Description("0 draft, 1 submitted, 2 cancelled")
    public int getDocstatus() {
        return ((Number) row.get("docstatus")).intValue();
    }

    public BigDecimal getGrandTotal() {
        return (BigDecimal) row.get("grand_total");
    }

    public String getCurrency() {
        return (String) row.get("currency");
    }

    @Description("How far the order's vendors have got; null for a vendor, who sees its own lines only")
    public String getFulfillmentStatus() {
        return (String) row.get("fulfillment_status");
    }

    @Description("Last change, YYYY-MM-DD HH:MM:SS UTC: what updatedSince compares with")
    public String getModified() {
        return (String) row.get("modified");
    }

    @Description("The order's lines the caller may see: all of them, or a vendor's own")
    public List<OrderLine> getLines() throws GraphQLException {
        return page.lines(getName()).stream().map(OrderLine::new).toList();
    }

    @Description("Each vendor's shipment of the order's lines the caller may see, with status and tracking")
    public List<Shipment> getShipments() throws GraphQLException {
        return page.shipments(getName()).stream().map(Shipment::new).toList();
    }
}

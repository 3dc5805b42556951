package com.medgrid.sync;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.Map;

/** A Delivery Note: a shipment of an order recorded by MedGrid, with its tracking number ({@code lrNo}) and carrier. */
@Type("DeliveryNote")
public class DeliveryNoteNode {

    static final List<String> FIELDS = List.of("sales_order", "customer", "posting_date", "lr_no", "transporter", "modified");

    private final Map<String, Object> row;

    DeliveryNoteNode(Map<String, Object> row) {
        this.row = row;
    }

    public String getName() {
        return (String) row.get("name");
    }

    public String getSalesOrder() {
        return (String) row.get("sales_order");
    }

    public String getCustomer() {
        return (String) row.get("customer");
    }

    public String getPostingDate() {
        return (String) row.get("posting_date");
    }

    @Description("The tracking number (ERPNext's lr_no)")
    public String getLrNo() {
        return (String) row.get("lr_no");
    }

    @Description("The carrier")
    public String getTransporter() {
        return (String) row.get("transporter");
    }

    @Description("Last change, YYYY-MM-DD HH:MM:SS UTC: what updatedSince compares with")
    public String getModified() {
        return (String) row.get("modified");
    }
}

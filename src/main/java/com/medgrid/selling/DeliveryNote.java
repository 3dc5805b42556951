package com.medgrid.selling;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A shipment of a submitted Sales Order: lorry receipt number ({@code lr_no}) and transporter. */
@Entity
@Table(name = "delivery_notes")
public class DeliveryNote extends DocumentEntity {

    public static final String SERIES = "DN-.YYYY.-.#####";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "sales_order", updatable = false)
    @NotBlank
    private String salesOrder;

    @Column(name = "customer", updatable = false)
    private String customer;

    @Column(name = "posting_date")
    private LocalDate postingDate;

    @Column(name = "lr_no")
    @Size(max = 140)
    private String lrNo;

    @Column(name = "transporter")
    @Size(max = 140)
    private String transporter;

    public DeliveryNote() {
    }

    /** A note for a shipment a vendor reported: its tracking number and carrier. */
    DeliveryNote(String salesOrder, String lrNo, String transporter) {
        this.salesOrder = salesOrder;
        this.lrNo = lrNo;
        this.transporter = transporter;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getSalesOrder() {
        return salesOrder;
    }

    String getLrNo() {
        return lrNo;
    }

    String getTransporter() {
        return transporter;
    }

    public String getCustomer() {
        return customer;
    }

    /** Names the note and ties it to its order's customer; done once, when it is first saved. */
    void assign(String name, String customer, LocalDate today) {
        this.name = name;
        this.customer = customer;
        if (postingDate == null) {
            postingDate = today;
        }
    }
}

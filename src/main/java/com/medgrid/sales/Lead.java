package com.medgrid.sales;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A prospect (ERPNext's Lead): who wrote, how to reach them, what they asked, and where sales stands with them. */
@Entity
@Table(name = "leads")
public class Lead extends DocumentEntity {

    static final String SERIES = "CRM-LEAD-.YYYY.-.#####";
    static final String NEW = "Lead";
    static final String WEBSITE = "Website";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "lead_name")
    @NotBlank
    @Size(max = 140)
    private String leadName;

    @Column(name = "email_id")
    @NotBlank
    @Email
    @Size(max = 140)
    private String emailId;

    @Column(name = "company_name")
    @Size(max = 140)
    private String companyName;

    @Column(name = "phone")
    @Pattern(regexp = "\\+?[0-9 ()./-]{7,20}", message = "must be a phone number")
    private String phone;

    @Column(name = "message")
    @NotBlank
    @Size(max = 5000)
    private String message;

    /** ERPNext's Lead statuses. */
    @Column(name = "status")
    @Pattern(regexp = "Lead|Open|Replied|Opportunity|Quotation|Lost Quotation|Interested|Converted|Do Not Contact",
            message = "must be one of Lead, Open, Replied, Opportunity, Quotation, Lost Quotation, Interested, Converted, Do Not Contact")
    private String status = NEW;

    @Column(name = "source")
    @Size(max = 140)
    private String source;

    protected Lead() {
    }

    Lead(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }
}

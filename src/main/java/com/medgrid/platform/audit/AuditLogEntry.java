package com.medgrid.platform.audit;

import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.validation.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One act recorded in the Audit Log: {@code owner} did {@code action} to the document, at {@code creation}; {@code details} say how. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntry extends DocumentEntity {

    private static final int MAX_DETAILS = 2000;

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "action")
    private String action;

    @Column(name = "ref_doctype")
    private String refDoctype;

    @Column(name = "docname")
    private String docname;

    @Column(name = "details")
    private String details;

    protected AuditLogEntry() {
    }

    AuditLogEntry(String action, String refDoctype, String docname, String details) {
        this.name = Tokens.random(10);
        this.action = action;
        this.refDoctype = refDoctype;
        this.docname = docname;
        this.details = details == null ? null : TextRules.clip(details, MAX_DETAILS);
    }

    @Override
    public String getName() {
        return name;
    }
}

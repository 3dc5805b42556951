package com.medgrid.platform.audit;

import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.crypto.Tokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded change of a document (Frappe's Version): the owner made it, {@code data} says what changed. */
@Entity
@Table(name = "versions")
public class Version extends DocumentEntity {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "ref_doctype")
    private String refDoctype;

    @Column(name = "docname")
    private String docname;

    @Column(name = "data")
    private String data;

    protected Version() {
    }

    Version(String refDoctype, String docname, String data) {
        this.name = Tokens.random(10); // random like Frappe's Version names
        this.refDoctype = refDoctype;
        this.docname = docname;
        this.data = data;
    }

    @Override
    public String getName() {
        return name;
    }
}

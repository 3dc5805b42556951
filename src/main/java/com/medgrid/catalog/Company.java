package com.medgrid.catalog;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A legal entity that owns warehouses, e.g. Skydell Medical (abbreviation SM). */
@Entity
@Table(name = "companies")
public class Company extends DocumentEntity {

    @Id
    @Column(name = "name")
    @NotBlank
    @Size(max = 140)
    private String name;

    @Column(name = "abbr")
    @NotBlank
    @Size(max = 10)
    private String abbr;

    @Column(name = "default_currency")
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "must be a 3-letter ISO currency code")
    private String defaultCurrency = "USD";

    protected Company() {
    }

    public Company(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getAbbr() {
        return abbr;
    }
}

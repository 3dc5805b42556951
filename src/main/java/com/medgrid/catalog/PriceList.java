package com.medgrid.catalog;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A named set of item prices in one currency, e.g. "Standard Selling". */
@Entity
@EntityListeners(CatalogChangeListener.class)
@Table(name = "price_lists")
public class PriceList extends DocumentEntity {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "currency")
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "must be a 3-letter ISO currency code")
    private String currency = "USD";

    @Column(name = "selling")
    private boolean selling = true;

    @Column(name = "enabled")
    private boolean enabled = true;

    protected PriceList() {
    }

    public PriceList(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isSelling() {
        return selling;
    }
}

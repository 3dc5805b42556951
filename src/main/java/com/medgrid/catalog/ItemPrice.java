package com.medgrid.catalog;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** The rate of one item in one price list; named "{item_code} - {price_list}". */
@Entity
@EntityListeners(CatalogChangeListener.class)
@Table(name = "item_prices")
public class ItemPrice extends DocumentEntity {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "item_code", updatable = false)
    @NotBlank
    private String itemCode;

    @Column(name = "price_list", updatable = false)
    @NotBlank
    private String priceList;

    @Column(name = "price_list_rate")
    @NotNull
    @PositiveOrZero
    private BigDecimal priceListRate;

    @Column(name = "currency")
    private String currency;

    protected ItemPrice() {
    }

    public ItemPrice(String itemCode, String priceList) {
        this.name = nameOf(itemCode, priceList);
        this.itemCode = itemCode;
        this.priceList = priceList;
    }

    public static String nameOf(String itemCode, String priceList) {
        return itemCode + " - " + priceList;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getPriceList() {
        return priceList;
    }

    public BigDecimal getPriceListRate() {
        return priceListRate;
    }

    void setCurrency(String currency) {
        this.currency = currency;
    }
}

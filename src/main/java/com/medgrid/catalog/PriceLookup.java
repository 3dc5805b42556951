package com.medgrid.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Optional;

/** Price lists and rates, for the catalog and for orders. */
@ApplicationScoped
public class PriceLookup {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** The platform's default selling price list (Medgrid Settings), if configured. */
    public Optional<String> defaultSellingPriceList() {
        MedgridSettings settings = em.find(MedgridSettings.class, MedgridSettings.NAME);
        return Optional.ofNullable(settings == null ? null : settings.getDefaultSellingPriceList());
    }

    public Optional<PriceList> priceList(String name) {
        return Optional.ofNullable(em.find(PriceList.class, name));
    }

    public Optional<BigDecimal> rate(String itemCode, String priceList) {
        ItemPrice price = em.find(ItemPrice.class, ItemPrice.nameOf(itemCode, priceList));
        return Optional.ofNullable(price == null ? null : price.getPriceListRate());
    }
}

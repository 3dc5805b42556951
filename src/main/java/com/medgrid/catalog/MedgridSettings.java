package com.medgrid.catalog;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** The one "Medgrid Settings" record: platform-wide defaults such as the warehouse priority list. */
@Entity
@EntityListeners(CatalogChangeListener.class)
@Table(name = "medgrid_settings")
public class MedgridSettings extends DocumentEntity {

    public static final String NAME = "Medgrid Settings";

    @Id
    @Column(name = "name")
    private String name = NAME;

    @Column(name = "default_selling_price_list")
    private String defaultSellingPriceList;

    /** Warehouses listed first by list_warehouses_ordered, in this order. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "medgrid_settings_warehouses", joinColumns = @JoinColumn(name = "parent"))
    @OrderColumn(name = "idx")
    @Column(name = "warehouse")
    private List<String> warehousePriority = new ArrayList<>();

    public MedgridSettings() {
    }

    @Override
    public String getName() {
        return name;
    }

    public String getDefaultSellingPriceList() {
        return defaultSellingPriceList;
    }

    public List<String> getWarehousePriority() {
        return List.copyOf(warehousePriority);
    }

    public void setWarehousePriority(List<String> warehouses) {
        warehousePriority.clear();
        warehousePriority.addAll(warehouses);
    }
}

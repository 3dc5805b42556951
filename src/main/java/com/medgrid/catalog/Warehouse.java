package com.medgrid.catalog;

import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A stock location, named "{warehouse_name} - {company abbreviation}" as in ERPNext. */
@Entity
@EntityListeners(CatalogChangeListener.class)
@Table(name = "warehouses")
@NamedQuery(name = Warehouse.ACTIVE, query = "SELECT w FROM Warehouse w WHERE w.disabled = FALSE AND w.isGroup = FALSE ORDER BY w.name")
public class Warehouse extends DocumentEntity {

    public static final String ACTIVE = "Warehouse.active";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "warehouse_name")
    @NotBlank
    @Size(max = 120)
    private String warehouseName;

    @Column(name = "company")
    @NotBlank
    private String company;

    @Column(name = "is_group")
    private boolean isGroup;

    @Column(name = "disabled")
    private boolean disabled;

    protected Warehouse() {
    }

    public Warehouse(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getWarehouseName() {
        return warehouseName;
    }

    public String getCompany() {
        return company;
    }

    public boolean isActive() {
        return !disabled && !isGroup;
    }
}

package com.medgrid.catalog;

import com.medgrid.platform.api.ApiHidden;
import com.medgrid.platform.api.DocumentEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * A sellable product; {@code item_code} is its name. The vendor mapping fields tell the
 * fulfillment router which vendor can ship it (see the integration guide, "Product Mapping Fields").
 */
@Entity
@EntityListeners(CatalogChangeListener.class)
@Table(name = "items")
public class Item extends DocumentEntity {

    @Id
    @Column(name = "name")
    private String name;

    /** Always equal to name, as in ERPNext, so clients can ask for either. */
    @Column(name = "item_code", updatable = false)
    private String itemCode;

    @Column(name = "item_name")
    @NotBlank
    @Size(max = 255)
    private String itemName;

    /** May contain HTML, as in ERPNext; clients must escape it when rendering. */
    @Column(name = "description")
    @Size(max = 20000)
    private String description;

    @Column(name = "stock_uom")
    @NotBlank
    @Size(max = 40)
    private String stockUom = "Nos";

    @Column(name = "disabled")
    private boolean disabled;

    @Column(name = "is_stock_item")
    private boolean isStockItem = true;

    @Column(name = "requires_prescription")
    private boolean requiresPrescription;

    @Column(name = "default_supplier")
    private String defaultSupplier;

    @Column(name = "reorder_level")
    @PositiveOrZero
    private BigDecimal reorderLevel = BigDecimal.ZERO;

    @Column(name = "perfectrx_drug_description")
    private String perfectrxDrugDescription;

    @Column(name = "shipstation_product_id")
    private String shipstationProductId;

    @Column(name = "sinq_sku")
    private String sinqSku;

    @Column(name = "centre_research_product_id")
    private String centreResearchProductId;

    @Column(name = "exoceuticals_product_id")
    private String exoceuticalsProductId;

    @Column(name = "exoceuticals_variant_id")
    private String exoceuticalsVariantId;

    @Column(name = "exoceuticals_inventory_item_id")
    private String exoceuticalsInventoryItemId;

    @Column(name = "exoceuticals_qty")
    private BigDecimal exoceuticalsQty;

    @Column(name = "exoceuticals_last_synced")
    private Instant exoceuticalsLastSynced;

    @Column(name = "shopify_product_id")
    private String shopifyProductId;

    @Column(name = "shopify_variant_id")
    private String shopifyVariantId;

    @Column(name = "shopify_inventory_item_id")
    private String shopifyInventoryItemId;

    @Column(name = "shopify_last_synced")
    private Instant shopifyLastSynced;

    @Column(name = "mdi_offering_id")
    private String mdiOfferingId;

    @Column(name = "pharmaone_product_id")
    private String pharmaoneProductId;

    /** Lower-cased name and description, the one column search_items matches (trigram-indexed on PostgreSQL). */
    @ApiHidden
    @Column(name = "search_text")
    private String searchText;

    protected Item() {
    }

    public Item(String itemCode) {
        this.name = itemCode;
        this.itemCode = itemCode;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getItemName() {
        return itemName;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean requiresPrescription() {
        return requiresPrescription;
    }

    public BigDecimal getReorderLevel() {
        return reorderLevel;
    }

    public String getDefaultSupplier() {
        return defaultSupplier;
    }

    /** Recomputes {@code search_text}; call after the name or description changed. */
    public void refreshSearchText() {
        searchText = (itemName + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    }
}

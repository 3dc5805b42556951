package com.medgrid.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What fulfilment needs to know about an item: whether it needs a prescription and its vendor mappings. */
@ApplicationScoped
public class ItemMappings {

    /** The Item fields that map it to a vendor's catalog (integration guide, "Product Mapping Fields"). */
    public static final Set<String> FIELDS = Set.of("perfectrx_drug_description", "shipstation_product_id", "sinq_sku",
            "centre_research_product_id", "exoceuticals_product_id", "exoceuticals_variant_id",
            "exoceuticals_inventory_item_id", "mdi_offering_id", "pharmaone_product_id");

    /** An item's prescription flag and those of its mapping fields that are set. */
    public record ItemMapping(String itemCode, boolean requiresPrescription, Map<String, String> fields) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    public Optional<ItemMapping> of(String itemCode) {
        return Optional.ofNullable(em.find(Item.class, itemCode)).map(item -> {
            Map<String, Object> doc = ItemDocType.META.render(item);
            Map<String, String> set = FIELDS.stream().filter(f -> doc.get(f) != null && !doc.get(f).toString().isBlank())
                    .collect(Collectors.toMap(f -> f, f -> doc.get(f).toString()));
            return new ItemMapping(item.getName(), item.requiresPrescription(), set);
        });
    }
}

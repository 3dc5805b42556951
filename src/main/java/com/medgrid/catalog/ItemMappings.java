package com.medgrid.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What fulfilment needs to know about an item: whether it needs a prescription and which of its
 * vendor mapping fields are set (the vendors say which fields those are).
 */
@ApplicationScoped
public class ItemMappings {

    /** An item's prescription flag and those of its mapping fields that are set. */
    public record ItemMapping(String itemCode, boolean requiresPrescription, Map<String, String> fields) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** @param mappingFields the Item fields that map items to vendors' catalogs */
    public Optional<ItemMapping> of(String itemCode, Set<String> mappingFields) {
        return Optional.ofNullable(em.find(Item.class, itemCode)).map(item -> {
            Map<String, Object> doc = ItemDocType.META.render(item);
            Map<String, String> set = mappingFields.stream().filter(f -> doc.get(f) != null && !doc.get(f).toString().isBlank())
                    .collect(Collectors.toMap(f -> f, f -> doc.get(f).toString()));
            return new ItemMapping(item.getName(), item.requiresPrescription(), set);
        });
    }
}

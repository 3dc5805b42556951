package com.medgrid.catalog;

import com.medgrid.platform.api.ApiArgs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
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

    /**
     * A vendor's catalog or inventory sync: writes the vendor's fields (mapping ids, a mirrored
     * quantity; wire values, as the Item API takes them) of each item in {@code fieldsByItem} that
     * exists, in one transaction; items are matched by code, never created (catalog membership is curated).
     *
     * @param supplier only items this Vendor Profile supplies (a vendor's own catalog); null: any item
     * @return the codes of the items that exist and were written
     */
    @Transactional
    public Set<String> link(Map<String, JsonObject> fieldsByItem, String supplier, String actor) {
        if (fieldsByItem.isEmpty()) {
            return Set.of();
        }
        List<Item> found = (supplier == null
                ? em.createQuery("SELECT i FROM Item i WHERE i.name IN :codes", Item.class)
                : em.createQuery("SELECT i FROM Item i WHERE i.name IN :codes AND i.defaultSupplier = :supplier", Item.class)
                        .setParameter("supplier", supplier))
                .setParameter("codes", fieldsByItem.keySet()).getResultList();
        Instant now = Instant.now();
        for (Item item : found) {
            JsonObject fields = fieldsByItem.get(item.getName());
            ItemDocType.META.apply(ApiArgs.of(fields), item, fields.keySet());
            item.modified(actor, now);
        }
        return found.stream().map(Item::getName).collect(Collectors.toSet());
    }

    /** The items whose mapping field {@code field} is set, by code, with its value: what a vendor's inventory sync asks about. */
    public Map<String, String> withField(String field) {
        String attribute = ItemDocType.META.field(field).attribute(); // a known field's attribute: safe to name in the query
        Map<String, String> found = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT i.name, i." + attribute + " FROM Item i WHERE i." + attribute + " IS NOT NULL ORDER BY i.name", Object[].class)
                .getResultStream().forEach(row -> found.put((String) row[0], (String) row[1]));
        return found;
    }
}

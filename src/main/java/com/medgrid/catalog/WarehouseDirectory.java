package com.medgrid.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The active warehouses, plain and in priority order, cached for
 * {@code medgrid.catalog.warehouse-cache-seconds} (the spec calls them safe to cache for 15
 * minutes). A change on this server clears the cache at once; other cluster members catch up
 * within the same period.
 */
@ApplicationScoped
public class WarehouseDirectory {

    private record Snapshot(List<Map<String, Object>> plain, List<Map<String, Object>> ordered, Instant takenAt) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "medgrid.catalog.warehouse-cache-seconds", defaultValue = "900")
    long cacheSeconds;

    private volatile Snapshot snapshot;

    public List<Map<String, Object>> active() {
        return current().plain();
    }

    public List<Map<String, Object>> ordered() {
        return current().ordered();
    }

    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        if (change.entity() == Warehouse.class || change.entity() == MedgridSettings.class) {
            snapshot = null;
        }
    }

    private Snapshot current() {
        Snapshot taken = snapshot;
        if (taken == null || taken.takenAt().plus(Duration.ofSeconds(cacheSeconds)).isBefore(Instant.now())) {
            taken = load();
            snapshot = taken;
        }
        return taken;
    }

    private Snapshot load() {
        List<Warehouse> warehouses = em.createNamedQuery(Warehouse.ACTIVE, Warehouse.class).getResultList();
        List<Map<String, Object>> plain = new ArrayList<>();
        Map<String, Warehouse> byName = new LinkedHashMap<>();
        for (Warehouse w : warehouses) {
            plain.add(Map.of("name", w.getName(), "warehouse_name", w.getWarehouseName(), "company", w.getCompany()));
            byName.put(w.getName(), w);
        }
        List<Map<String, Object>> ordered = new ArrayList<>();
        MedgridSettings settings = em.find(MedgridSettings.class, MedgridSettings.NAME);
        for (String preferred : settings == null ? List.<String>of() : settings.getWarehousePriority()) {
            if (byName.remove(preferred) != null) {
                ordered.add(Map.of("name", preferred, "label", preferred));
            }
        }
        byName.keySet().forEach(name -> ordered.add(Map.of("name", name, "label", name)));
        return new Snapshot(List.copyOf(plain), List.copyOf(ordered), Instant.now());
    }
}

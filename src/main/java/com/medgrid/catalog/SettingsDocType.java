package com.medgrid.catalog;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeHandler;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocTypeSchema;
import com.medgrid.platform.api.DocumentStore;
import com.medgrid.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/resource/Medgrid Settings/Medgrid Settings}: the single settings record. Admins
 * read and change it; {@code warehouse_priority} is a child table of {@code {"warehouse": ...}}.
 */
@ApplicationScoped
@RolesAllowed({Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class SettingsDocType implements DocTypeHandler {

    static final DocTypeMeta META = DocTypeMeta.of("Medgrid Settings", MedgridSettings.class);
    private static final Set<String> WRITABLE = Set.of("default_selling_price_list", "warehouse_priority");

    @Inject
    DocumentStore store;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Override
    public String doctype() {
        return META.doctype();
    }

    @Override
    public Optional<DocTypeSchema> schema() {
        return Optional.of(DocTypeSchema.of(META));
    }

    @Override
    public List<Object> list(ApiArgs args) {
        return List.of(Map.of("name", MedgridSettings.NAME));
    }

    @Override
    public Map<String, Object> get(String name) {
        return document(store.find(META, name));
    }

    @Override
    public Map<String, Object> update(String name, ApiArgs body) {
        List<String> priority = body.array("warehouse_priority").map(SettingsDocType::warehouses).orElse(null);
        return document(store.update(META, name, body, WRITABLE, (MedgridSettings settings) -> {
            store.requireLink("Price List", PriceList.class, settings.getDefaultSellingPriceList());
            if (priority != null) {
                priority.forEach(w -> store.requireLink("Warehouse", Warehouse.class, w));
                // EclipseLink writes a reordered element collection insert-first, which collides with
                // the (parent, idx) key: empty the table in its own flush, then write the new order.
                settings.setWarehousePriority(List.of());
                em.flush();
                settings.setWarehousePriority(priority);
            }
        }));
    }

    private static List<String> warehouses(jakarta.json.JsonArray rows) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue row : rows) {
            if (row instanceof JsonString name) {
                names.add(name.getString());
            } else if (row instanceof JsonObject object && object.get("warehouse") instanceof JsonString name) {
                names.add(name.getString());
            } else {
                throw ApiException.validation("warehouse_priority rows must be {\"warehouse\": name}, got " + row + ".");
            }
        }
        return new ArrayList<>(names);
    }

    private static Map<String, Object> document(MedgridSettings settings) {
        Map<String, Object> doc = META.render(settings);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> priority = settings.getWarehousePriority();
        for (int i = 0; i < priority.size(); i++) {
            rows.add(Map.of("idx", i + 1, "warehouse", priority.get(i)));
        }
        doc.put("warehouse_priority", rows);
        return doc;
    }
}

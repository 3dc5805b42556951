package com.medgrid.catalog;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog's read queries: in-stock items of a warehouse and text search, each row priced from
 * one price list ({@code rate} is null where the item has no price there).
 */
@ApplicationScoped
public class CatalogQueries {

    private static final String ROW = "SELECT i.name, i.itemName, i.description, i.stockUom, p.priceListRate, "
            + "b.actualQty - b.reservedQty, b.warehouse "
            + "FROM Bin b JOIN Item i ON i.name = b.itemCode "
            + "LEFT JOIN ItemPrice p ON p.itemCode = b.itemCode AND p.priceList = :priceList "
            + "WHERE b.actualQty > 0 AND i.disabled = :disabled ";

    /** A page (null: every row) of the in-stock items of a warehouse, in item-code order. */
    public record InWarehouse(String warehouse, String priceList, Page page) implements CatalogRead {
        @Override
        public List<Map<String, Object>> rows(CatalogQueries queries) {
            queries.requireExisting(warehouse, priceList);
            return queries.inWarehouse(warehouse, priceList, page);
        }
    }

    /** A page of the in-stock matches of a text (any case), in one warehouse or (null) across all. */
    public record Search(String text, String warehouse, String priceList, Page page) implements CatalogRead {
        public Search {
            text = text.toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Map<String, Object>> rows(CatalogQueries queries) {
            queries.requireExisting(warehouse, priceList);
            return queries.search(text, warehouse, priceList, page);
        }
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    PriceLookup prices;

    /** 404 for an unknown warehouse or price list (null: none asked for). */
    void requireExisting(String warehouse, String priceList) {
        if (warehouse != null && em.find(Warehouse.class, warehouse) == null) {
            throw ApiException.notFound("Warehouse " + warehouse + " not found.");
        }
        if (priceList != null && prices.priceList(priceList).isEmpty()) {
            throw ApiException.notFound("Price List " + priceList + " not found.");
        }
    }

    /** In item-code order. @param page null for every row */
    List<Map<String, Object>> inWarehouse(String warehouse, String priceList, Page page) {
        String conditions = "AND b.warehouse = :warehouse ";
        List<String> codes = null;
        if (page != null) {
            // The page is cut from the bins alone along the (warehouse, item_code) index: a deep
            // page then skips index entries instead of joining every skipped bin to its item.
            codes = em.createNamedQuery(Bin.SELLABLE_IN_WAREHOUSE, String.class).setParameter("warehouse", warehouse)
                    .setFirstResult(page.start()).setMaxResults(page.length()).getResultList();
            if (codes.isEmpty()) {
                return List.of();
            }
            conditions += "AND b.itemCode IN :codes ";
        }
        TypedQuery<Object[]> query = query(conditions + "ORDER BY b.itemCode", priceList).setParameter("warehouse", warehouse);
        if (codes != null) {
            query.setParameter("codes", codes);
        }
        return rows(query, false);
    }

    /**
     * Case-insensitive match of a lower-case text on name and description through the item's
     * {@code search_text} (one trigram index on PostgreSQL); {@code warehouse} null searches every warehouse.
     */
    List<Map<String, Object>> search(String text, String warehouse, String priceList, Page page) {
        String where = "AND i.searchText LIKE :text ESCAPE '\\' "
                + (warehouse == null ? "" : "AND b.warehouse = :warehouse ");
        TypedQuery<Object[]> query = query(where + "ORDER BY i.itemName, i.name, b.warehouse", priceList)
                .setParameter("text", "%" + escapeLike(text) + "%");
        if (warehouse != null) {
            query.setParameter("warehouse", warehouse);
        }
        return rows(paged(query, page), true);
    }

    /** The row query with the caller's conditions and order appended. */
    private TypedQuery<Object[]> query(String conditionsAndOrder, String priceList) {
        return em.createQuery(ROW + conditionsAndOrder, Object[].class).setParameter("priceList", priceList).setParameter("disabled", false);
    }

    /** The user's text is matched literally: % and _ lose their wildcard meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static TypedQuery<Object[]> paged(TypedQuery<Object[]> query, Page page) {
        return page == null ? query : query.setFirstResult(page.start()).setMaxResults(page.length());
    }

    private static List<Map<String, Object>> rows(TypedQuery<Object[]> query, boolean withWarehouse) {
        return query.getResultList().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item_code", r[0]);
            row.put("item_name", r[1]);
            row.put("description", r[2]);
            row.put("stock_uom", r[3]);
            row.put("rate", FieldValues.plain((BigDecimal) r[4]));
            row.put("available_qty", FieldValues.plain((BigDecimal) r[5]));
            if (withWarehouse) {
                row.put("warehouse", r[6]);
            }
            return row;
        }).toList();
    }
}

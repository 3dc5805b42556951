package com.medgrid.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.medgrid.platform.api.Page;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers of the catalog reads ({@code items_in_warehouse}, {@code search_items}), kept for
 * {@code medgrid.catalog.read-cache-seconds} (0 turns the cache off). Catalog pages are read far
 * more often than stock, prices or items change, and a deep page or a broad search costs the
 * database tens of milliseconds.
 *
 * <p>A change committed on this server is visible to the next read: every answer remembers the
 * versions it was read under, and {@link CatalogChanged} moves them on — a stock change the
 * versions of its warehouse and of the cross-warehouse searches, any other change all of them.
 * A version is taken before the database is read, so an answer read while a change commits is
 * never served afterwards. Changes made on other cluster members show within the period, as for
 * the warehouse list.
 */
@ApplicationScoped
public class CatalogReadCache {

    /** One read: the endpoint, its warehouse (null: every warehouse), price list, search text and page. */
    public record Key(String read, String warehouse, String priceList, String query, Page page) {
    }

    private record Answer(List<Map<String, Object>> rows, long catalogVersion, long stockVersion) {
    }

    /** Bounds the memory held: answers are weighed by their rows. */
    static final long MAX_ROWS = 200_000;
    private static final String EVERY_WAREHOUSE = "";

    @Inject
    @ConfigProperty(name = "medgrid.catalog.read-cache-seconds", defaultValue = "5")
    long seconds;

    private final AtomicLong catalogVersion = new AtomicLong();
    private final ConcurrentMap<String, AtomicLong> stockVersions = new ConcurrentHashMap<>();
    private Cache<Key, Answer> answers;

    @PostConstruct
    void create() {
        answers = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(seconds))
                .maximumWeight(MAX_ROWS)
                .weigher((Key key, Answer answer) -> answer.rows().size() + 1)
                .build();
    }

    /** The cached answer to this read while it is current, else {@code read}'s (which may throw; nothing is kept then). */
    public List<Map<String, Object>> get(Key key, Supplier<List<Map<String, Object>>> read) {
        if (seconds <= 0) {
            return read.get();
        }
        Answer cached = answers.getIfPresent(key);
        if (cached != null && cached.catalogVersion() == catalogVersion.get() && cached.stockVersion() == stockVersion(key.warehouse())) {
            return cached.rows();
        }
        long catalogBefore = catalogVersion.get();
        long stockBefore = stockVersion(key.warehouse());
        List<Map<String, Object>> rows = List.copyOf(read.get());
        answers.put(key, new Answer(rows, catalogBefore, stockBefore));
        return rows;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        if (change.isStockOnly()) {
            nextStockVersion(change.warehouse());
            nextStockVersion(EVERY_WAREHOUSE);
        } else {
            catalogVersion.incrementAndGet();
        }
    }

    /** Read without creating: a read may name any warehouse, only committed changes add one. */
    private long stockVersion(String warehouse) {
        AtomicLong version = stockVersions.get(warehouse == null ? EVERY_WAREHOUSE : warehouse);
        return version == null ? 0 : version.get();
    }

    private void nextStockVersion(String warehouse) {
        stockVersions.computeIfAbsent(warehouse, w -> new AtomicLong()).incrementAndGet();
    }
}

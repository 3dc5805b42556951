package com.medgrid.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
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
 *
 * <p>Concurrent misses of one read wait for a single database read, and an answer still in demand
 * is read again in the background shortly before it expires, so its readers never all queue for
 * the database at once.
 */
@ApplicationScoped
public class CatalogReadCache {

    private record Answer(List<Map<String, Object>> rows, long catalogVersion, long stockVersion) {
    }

    private record DefaultPriceList(Optional<String> name, long catalogVersion) {
    }

    /**
     * Bounds the memory held (answers are weighed by their rows): about 1 KB a row, so some 50 MB
     * at most, while a busy catalog's hot pages are a few thousand rows.
     */
    private static final long MAX_ROWS = 50_000;
    private static final long MAX_USERS = 10_000;
    private static final String EVERY_WAREHOUSE = "";

    @Inject
    @ConfigProperty(name = "medgrid.catalog.read-cache-seconds", defaultValue = "5")
    long seconds;

    @Inject
    CatalogQueries queries;

    /** Runs the background reads (the server's managed executor, so they reach the database like a request does). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    Ticker ticker = Ticker.systemTicker();

    private final AtomicLong catalogVersion = new AtomicLong();
    private final ConcurrentMap<String, AtomicLong> stockVersions = new ConcurrentHashMap<>();
    private LoadingCache<CatalogRead, Answer> answers;
    private Cache<String, DefaultPriceList> defaultPriceLists;

    @PostConstruct
    void create() {
        if (seconds <= 0) {
            return;
        }
        answers = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(seconds))
                .refreshAfterWrite(Duration.ofMillis(seconds * 800))
                .maximumWeight(MAX_ROWS)
                .weigher((CatalogRead read, Answer answer) -> answer.rows().size() + 1)
                .executor(executor)
                .ticker(ticker)
                .build(this::read);
        defaultPriceLists = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(seconds))
                .maximumSize(MAX_USERS)
                .executor(executor)
                .ticker(ticker)
                .build();
    }

    /**
     * The price list of a caller who names none (their customer's, else the platform default), as
     * {@code resolve} reads it; kept per user like the answers, and read again after any catalog
     * change (customers included).
     */
    public Optional<String> defaultPriceList(String user, Supplier<Optional<String>> resolve) {
        if (defaultPriceLists == null) {
            return resolve.get();
        }
        DefaultPriceList known = defaultPriceLists.getIfPresent(user);
        if (known == null || known.catalogVersion() != catalogVersion.get()) {
            long catalogBefore = catalogVersion.get();
            known = new DefaultPriceList(resolve.get(), catalogBefore);
            defaultPriceLists.put(user, known);
        }
        return known.name();
    }

    /** The current answer to this read; an unknown warehouse or price list throws and keeps nothing. */
    public List<Map<String, Object>> get(CatalogRead read) {
        if (answers == null) {
            return read.rows(queries);
        }
        Answer answer = answers.get(read);
        if (answer.catalogVersion() != catalogVersion.get() || answer.stockVersion() != stockVersion(read.warehouse())) {
            answers.invalidate(read);
            answer = answers.get(read);
        }
        return answer.rows();
    }

    private Answer read(CatalogRead read) {
        long catalogBefore = catalogVersion.get();
        long stockBefore = stockVersion(read.warehouse());
        return new Answer(List.copyOf(read.rows(queries)), catalogBefore, stockBefore);
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

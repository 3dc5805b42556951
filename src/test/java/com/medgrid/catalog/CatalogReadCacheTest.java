package com.medgrid.catalog;

import com.medgrid.platform.api.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogReadCacheTest {

    private static final CatalogReadCache.Key MAIN = key("Main - SM");
    private static final CatalogReadCache.Key OTHER = key("Other - SM");
    private static final CatalogReadCache.Key EVERYWHERE = key(null);

    private final AtomicInteger reads = new AtomicInteger();

    private static CatalogReadCache cache(long seconds) {
        CatalogReadCache cache = new CatalogReadCache();
        cache.seconds = seconds;
        cache.create();
        return cache;
    }

    private static CatalogReadCache.Key key(String warehouse) {
        return new CatalogReadCache.Key("search_items", warehouse, "Standard Selling", "bpc", new Page(0, 20));
    }

    /** A database read that counts itself and answers with its number. */
    private Supplier<List<Map<String, Object>>> read() {
        return () -> List.of(Map.of("read", reads.incrementAndGet()));
    }

    private int answer(CatalogReadCache cache, CatalogReadCache.Key key) {
        return (int) cache.get(key, read()).get(0).get("read");
    }

    @Test
    void repeatedReadsAreServedFromTheCache() {
        CatalogReadCache cache = cache(60);
        assertEquals(1, answer(cache, MAIN));
        assertEquals(1, answer(cache, MAIN));
        assertEquals(2, answer(cache, OTHER));
        assertEquals(2, reads.get());
    }

    @Test
    void zeroSecondsReadsTheDatabaseEveryTime() {
        CatalogReadCache cache = cache(0);
        assertEquals(1, answer(cache, MAIN));
        assertEquals(2, answer(cache, MAIN));
    }

    @Test
    void aStockChangeDropsItsWarehouseAndCrossWarehouseAnswersOnly() {
        CatalogReadCache cache = cache(60);
        answer(cache, MAIN);
        answer(cache, OTHER);
        answer(cache, EVERYWHERE);

        cache.changed(new CatalogChanged(Bin.class, "Main - SM"));

        assertEquals(4, answer(cache, MAIN));
        assertEquals(2, answer(cache, OTHER));
        assertEquals(5, answer(cache, EVERYWHERE));
    }

    @Test
    void anyOtherCatalogChangeDropsEveryAnswer() {
        CatalogReadCache cache = cache(60);
        answer(cache, MAIN);
        answer(cache, OTHER);

        cache.changed(new CatalogChanged(ItemPrice.class, null));

        assertEquals(3, answer(cache, MAIN));
        assertEquals(4, answer(cache, OTHER));
    }

    @Test
    void anAnswerReadWhileAChangeCommitsIsNotServedAfterIt() {
        CatalogReadCache cache = cache(60);
        cache.get(MAIN, () -> {
            cache.changed(new CatalogChanged(Item.class, null)); // commits while the old rows are being read
            return List.of(Map.of("read", reads.incrementAndGet()));
        });
        assertEquals(2, answer(cache, MAIN));
        assertEquals(2, answer(cache, MAIN));
    }

    @Test
    void aFailedReadKeepsNothing() {
        CatalogReadCache cache = cache(60);
        assertThrows(IllegalStateException.class, () -> cache.get(MAIN, () -> {
            throw new IllegalStateException("Warehouse not found");
        }));
        assertEquals(1, answer(cache, MAIN));
    }
}

package com.medgrid.catalog;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogReadCacheTest {

    /** A read of one warehouse (null: all) whose database answer comes from {@code source}. */
    private record Probe(String warehouse, Supplier<List<Map<String, Object>>> source) implements CatalogRead {
        @Override
        public List<Map<String, Object>> rows(CatalogQueries queries) {
            return source.get();
        }
    }

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final Supplier<List<Map<String, Object>>> counting = () -> List.of(Map.of("read", reads.incrementAndGet()));
    private final Probe main = new Probe("Main - SM", counting);
    private final Probe other = new Probe("Other - SM", counting);
    private final Probe everywhere = new Probe(null, counting);

    /** A cache on a clock the test moves, refreshing in the calling thread. */
    private CatalogReadCache cache(long seconds) {
        CatalogReadCache cache = new CatalogReadCache();
        cache.seconds = seconds;
        cache.executor = Runnable::run;
        cache.ticker = nanos::get;
        cache.create();
        return cache;
    }

    private static int answer(CatalogReadCache cache, CatalogRead read) {
        return (int) cache.get(read).get(0).get("read");
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void repeatedReadsAreServedFromTheCache() {
        CatalogReadCache cache = cache(5);
        assertEquals(1, answer(cache, main));
        assertEquals(1, answer(cache, main));
        assertEquals(2, answer(cache, other));
        assertEquals(2, reads.get());
    }

    @Test
    void zeroSecondsReadsTheDatabaseEveryTime() {
        CatalogReadCache cache = cache(0);
        assertEquals(1, answer(cache, main));
        assertEquals(2, answer(cache, main));
    }

    @Test
    void anAnswerInDemandIsReadAgainBeforeItExpiresAndAnIdleOneExpires() {
        CatalogReadCache cache = cache(5);
        Queue<Runnable> background = new ArrayDeque<>();
        cache.executor = background::add;
        cache.create();
        assertEquals(1, answer(cache, main));
        advance(Duration.ofMillis(4500));
        assertEquals(1, answer(cache, main), "served while it is read again");
        for (Runnable task; (task = background.poll()) != null; ) {
            task.run();
        }
        assertEquals(2, answer(cache, main));
        assertEquals(2, reads.get());
        advance(Duration.ofSeconds(6));
        assertEquals(3, answer(cache, main), "an expired answer is never served");
    }

    @Test
    void aStockChangeDropsItsWarehouseAndCrossWarehouseAnswersOnly() {
        CatalogReadCache cache = cache(5);
        answer(cache, main);
        answer(cache, other);
        answer(cache, everywhere);

        cache.changed(new CatalogChanged(Bin.class, "Main - SM"));

        assertEquals(4, answer(cache, main));
        assertEquals(2, answer(cache, other));
        assertEquals(5, answer(cache, everywhere));
    }

    @Test
    void anyOtherCatalogChangeDropsEveryAnswer() {
        CatalogReadCache cache = cache(5);
        answer(cache, main);
        answer(cache, other);

        cache.changed(new CatalogChanged(ItemPrice.class, null));

        assertEquals(3, answer(cache, main));
        assertEquals(4, answer(cache, other));
    }

    @Test
    void anAnswerReadWhileAChangeCommitsIsNotServedAfterIt() {
        CatalogReadCache cache = cache(5);
        AtomicInteger calls = new AtomicInteger();
        Probe racing = new Probe("Main - SM", () -> {
            if (calls.incrementAndGet() == 1) {
                cache.changed(new CatalogChanged(Item.class, null)); // commits while the old rows are being read
            }
            return List.of(Map.of("read", reads.incrementAndGet()));
        });
        cache.get(racing);
        assertEquals(2, answer(cache, racing));
        assertEquals(2, answer(cache, racing));
    }

    @Test
    void aFailedReadKeepsNothing() {
        CatalogReadCache cache = cache(5);
        Probe failing = new Probe("Nowhere", () -> {
            throw new IllegalStateException("Warehouse Nowhere not found.");
        });
        assertThrows(IllegalStateException.class, () -> cache.get(failing));
        assertEquals(1, answer(cache, main));
    }

    @Test
    void aCallersDefaultPriceListIsResolvedOnceUntilTheCatalogChanges() {
        CatalogReadCache cache = cache(5);
        AtomicInteger resolved = new AtomicInteger();
        Supplier<Optional<String>> resolve = () -> Optional.of("List " + resolved.incrementAndGet());
        assertEquals(Optional.of("List 1"), cache.defaultPriceList("partner@clinic.test", resolve));
        assertEquals(Optional.of("List 1"), cache.defaultPriceList("partner@clinic.test", resolve));
        assertEquals(Optional.of("List 2"), cache.defaultPriceList("rep@medgrid.test", resolve));

        cache.changed(new CatalogChanged(Bin.class, "Main - SM"));
        assertEquals(Optional.of("List 1"), cache.defaultPriceList("partner@clinic.test", resolve), "stock does not change price lists");

        cache.changed(new CatalogChanged(Object.class, null)); // a customer's default price list, say
        assertEquals(Optional.of("List 3"), cache.defaultPriceList("partner@clinic.test", resolve));
    }
}

package com.medgrid.sandbox.shopify;

import com.medgrid.platform.api.ApiJson;
import com.medgrid.sandbox.SandboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cost bucket per shop, as Shopify keeps one per app and store. Its size and restore rate come
 * from {@code medgrid.sandbox.shopify.bucket-size} / {@code restore-rate} unless
 * {@code _sandbox/bucket} set the shop's own (kept in the database, like everything a simulator is
 * told). The level itself lives in memory: after a restart a bucket is full, as it would be after
 * the time a restart takes. THROTTLED answers are counted per shop, as the kit counts calls.
 */
@ApplicationScoped
public class ShopifyCostBuckets {

    private static final String SETTINGS = "bucket";

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.shopify.bucket-size", defaultValue = "1000")
    double defaultSize;
    @Inject
    @ConfigProperty(name = "medgrid.sandbox.shopify.restore-rate", defaultValue = "50")
    double defaultRestoreRate;
    @Inject
    SandboxStore store;

    private final Map<String, ShopifyCostBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> throttled = new ConcurrentHashMap<>();

    ShopifyCostBucket of(String shop) {
        return buckets.computeIfAbsent(shop, s -> {
            JsonObject settings = store.get(ShopifySandbox.VENDOR, shop, SETTINGS, shop).orElse(JsonObject.EMPTY_JSON_OBJECT);
            return new ShopifyCostBucket(number(settings, "size", defaultSize), number(settings, "restore_rate", defaultRestoreRate),
                    InstantSource.system());
        });
    }

    /** The shop's bucket gets these limits from now on (and is full). */
    ShopifyCostBucket.Status configure(String shop, double size, double restoreRate) {
        ShopifyCostBucket bucket = of(shop);
        bucket.resize(size, restoreRate);
        store.put(ShopifySandbox.VENDOR, shop, SETTINGS, shop,
                ApiJson.JSON.createObjectBuilder().add("size", size).add("restore_rate", restoreRate).build());
        return bucket.status();
    }

    void countThrottled(String shop) {
        throttled.computeIfAbsent(shop, s -> new AtomicLong()).incrementAndGet();
    }

    long throttled(String shop) {
        AtomicLong count = throttled.get(shop);
        return count == null ? 0 : count.get();
    }

    private static double number(JsonObject settings, String name, double fallback) {
        return settings.containsKey(name) ? settings.getJsonNumber(name).doubleValue() : fallback;
    }
}

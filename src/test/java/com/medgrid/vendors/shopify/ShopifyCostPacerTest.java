package com.medgrid.vendors.shopify;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShopifyCostPacerTest {

    private static final String SHOP = "exo.myshopify.com";
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(0);
    private final ShopifyCostPacer pacer = new ShopifyCostPacer(clock::get);

    private static JsonObject answer(double requested, double available) {
        return Json.createObjectBuilder().add("data", Json.createObjectBuilder()).add("extensions", Json.createObjectBuilder()
                .add("cost", Json.createObjectBuilder().add("requestedQueryCost", requested).add("actualQueryCost", requested)
                        .add("throttleStatus", Json.createObjectBuilder().add("maximumAvailable", 1000.0)
                                .add("currentlyAvailable", available).add("restoreRate", 50.0)))).build();
    }

    @Test
    void aShopNotAnsweredYetIsNotWaitedFor() {
        assertEquals(Duration.ZERO, pacer.reserve(SHOP, "MedgridVariants"));
    }

    @Test
    void callsWaitUntilTheBucketHoldsWhatTheOperationCostLastTime() {
        pacer.observed(SHOP, "MedgridVariants", answer(252, 300));
        assertEquals(Duration.ZERO, pacer.reserve(SHOP, "MedgridVariants")); // 300 available: take 252, 48 left
        // 48 left, 252 needed: 204 points at 50/s
        assertEquals(Duration.ofMillis(4080), pacer.reserve(SHOP, "MedgridVariants"));
        clock.addAndGet(10 * SECOND);
        // the second call went out at 4.08 s with the bucket at 0: by 10 s, 296 points are back
        assertEquals(Duration.ZERO, pacer.reserve(SHOP, "MedgridVariants"));
    }

    @Test
    void anotherShopsBucketIsItsOwnAndAnswersWithoutCostChangeNothing() {
        pacer.observed(SHOP, "MedgridVariants", answer(252, 0));
        pacer.observed(SHOP, "MedgridVariants", Json.createObjectBuilder().add("data", Json.createObjectBuilder()).build());
        assertEquals(Duration.ofMillis(5040), pacer.reserve(SHOP, "MedgridVariants"));
        assertEquals(Duration.ZERO, pacer.reserve("other.myshopify.com", "MedgridVariants"));
    }

    @Test
    void theBucketNeverHoldsMoreThanItsSizeNorAsksForMoreThanIt() {
        ShopifyCostBucket bucket = new ShopifyCostBucket(1000, 900, 50, 0);
        assertEquals(1000, bucket.availableAt(60 * SECOND));
        assertEquals(0, bucket.nanosUntil(5000, 60 * SECOND)); // a cost above the size waits for a full bucket only
        assertEquals(2 * SECOND, bucket.nanosUntil(1000, 0));
    }
}

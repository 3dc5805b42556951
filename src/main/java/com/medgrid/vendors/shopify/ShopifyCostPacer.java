package com.medgrid.vendors.shopify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Paces the calls to each shop by Shopify's cost-based limit instead of a fixed rate: the size and
 * restore rate of a shop's bucket come from the {@code extensions.cost.throttleStatus} of its
 * answers (they differ by plan: 1,000 points and 50/s on most, more on Plus), and each call waits
 * until the points it is expected to cost are back. A call's expected cost is what the same
 * operation requested last time on that shop. Kept in each cluster member's memory: members share
 * a shop's bucket, so a member's view is optimistic, and a THROTTLED answer (which Shopify may send
 * with HTTP 200) corrects it.
 */
@ApplicationScoped
public class ShopifyCostPacer {

    /** The expected cost of an operation that has not been answered yet on a shop. */
    static final double FIRST_GUESS = 50;

    private final Map<String, ShopifyCostBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Double> requested = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public ShopifyCostPacer() {
        this(System::nanoTime);
    }

    ShopifyCostPacer(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes the points {@code operation} is expected to cost on {@code shop} and says how long to wait before sending it. */
    Duration reserve(String shop, String operation) {
        double cost = requested.getOrDefault(shop + " " + operation, FIRST_GUESS);
        long now = nanoTime.getAsLong();
        long[] wait = {0};
        buckets.computeIfPresent(shop, (key, bucket) -> {
            wait[0] = bucket.nanosUntil(cost, now);
            return bucket.take(cost, now + wait[0]);
        });
        return Duration.ofNanos(wait[0]);
    }

    /** Records what an answer says of its cost and the shop's bucket; answers without cost information change nothing. */
    void observed(String shop, String operation, JsonObject answer) {
        Optional<JsonObject> cost = costOf(answer);
        if (cost.isEmpty()) {
            return;
        }
        number(cost.get(), "requestedQueryCost").ifPresent(points -> requested.put(shop + " " + operation, points));
        JsonValue status = cost.get().get("throttleStatus");
        if (status instanceof JsonObject throttle) {
            Optional<Double> maximum = number(throttle, "maximumAvailable");
            Optional<Double> available = number(throttle, "currentlyAvailable");
            Optional<Double> restore = number(throttle, "restoreRate");
            if (maximum.isPresent() && available.isPresent() && restore.isPresent()) {
                buckets.put(shop, new ShopifyCostBucket(maximum.get(), available.get(), restore.get(), nanoTime.getAsLong()));
            }
        }
    }

    private static Optional<JsonObject> costOf(JsonObject answer) {
        JsonValue extensions = answer.get("extensions");
        if (extensions instanceof JsonObject object && object.get("cost") instanceof JsonObject cost) {
            return Optional.of(cost);
        }
        return Optional.empty();
    }

    private static Optional<Double> number(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber number ? Optional.of(number.doubleValue()) : Optional.empty();
    }
}

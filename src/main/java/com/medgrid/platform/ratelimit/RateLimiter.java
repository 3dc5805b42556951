package com.medgrid.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one rate limiter: a sliding window per key, shared by every vendor integration (the key is
 * vendor plus credential, e.g. one ShipStation key pair, sized by the vendor's documented limit)
 * and by the API's own throttling of its callers ({@link ApiThrottleFilter}).
 * It never blocks: a caller over the limit learns how long to wait and reschedules its work.
 * Windows are per server; with several members, configure each member's share of the limit.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** The answer to one call: permitted or not, permits left, and when the oldest call leaves the window. */
    public record Decision(boolean permitted, int remaining, Duration reset) {
    }

    /**
     * Takes a permit for {@code key} if the last window holds fewer than the limit's calls.
     *
     * @return empty when permitted; otherwise how long until the oldest call leaves the window (nothing taken)
     */
    public Optional<Duration> tryAcquire(String key, RateLimit limit) {
        Decision decision = decide(key, limit);
        return decision.permitted() ? Optional.empty() : Optional.of(decision.reset());
    }

    /**
     * {@link #tryAcquire}, with what a server needs for {@code X-Rate-Limit-*} headers. A call leaves
     * the window a little after the window's length ({@link #margin}): the vendor counts arrivals on
     * its own clock, and network jitter can bring a call spaced exactly one window apart inside it.
     */
    public Decision decide(String key, RateLimit limit) {
        ArrayDeque<Long> calls = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        long now = clock.millis();
        long windowMillis = limit.window().toMillis() + margin(limit).toMillis();
        synchronized (calls) {
            while (!calls.isEmpty() && calls.peekFirst() <= now - windowMillis) {
                calls.pollFirst();
            }
            boolean permitted = calls.size() < limit.permits();
            if (permitted) {
                calls.addLast(now);
            }
            return new Decision(permitted, limit.permits() - calls.size(), Duration.ofMillis(calls.peekFirst() + windowMillis - now));
        }
    }

    /**
     * Forgets the keys starting with {@code prefix} whose last call is older than {@code idle} (longer
     * than their limit's window), so that keys seen once (a client address, say) do not stay in
     * memory; returns how many.
     */
    public int forgetIdle(String prefix, Duration idle) {
        long before = clock.millis() - idle.toMillis();
        int forgotten = 0;
        for (var entry : windows.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            ArrayDeque<Long> calls = entry.getValue();
            synchronized (calls) {
                if (calls.isEmpty() || calls.peekLast() < before) {
                    windows.remove(entry.getKey(), calls);
                    forgotten++;
                }
            }
        }
        return forgotten;
    }

    /** One percent of the window, at least a quarter of a second: 600 ms on ShipStation's minute. */
    static Duration margin(RateLimit limit) {
        return Duration.ofMillis(Math.max(250, limit.window().toMillis() / 100));
    }
}

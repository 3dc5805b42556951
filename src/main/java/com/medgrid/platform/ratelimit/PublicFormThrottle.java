package com.medgrid.platform.ratelimit;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The budget of a public form (vendor registration, the contact form) per client address, far
 * below the API's general guest budget: each submission stores something a person has to look at.
 * Every try counts, so a bot's refused ones spend its budget too. Like every API throttle, the
 * window is per cluster member, and addresses not seen for a while are forgotten.
 */
@ApplicationScoped
public class PublicFormThrottle {

    private static final String KEY_PREFIX = "form ";

    @Inject
    RateLimiter limiter;

    private final Map<String, AtomicLong> lastForget = new ConcurrentHashMap<>();

    /** Counts a submission of {@code form} from {@code address}; a 429 once the address has used its budget. */
    public void admit(String form, RateLimit limit, String address) {
        String prefix = KEY_PREFIX + form + " ";
        forgetIdleNowAndThen(prefix, limit.window());
        limiter.tryAcquire(prefix + address, limit).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(ApiError.RATE_LIMITED, "Too many " + form + " submissions from this address: " + limit.permits()
                    + " per " + limit.window().toSeconds() + " s are allowed; retry in " + seconds + " s.");
        });
    }

    /** At most once a window, the form's addresses not seen for two windows are forgotten: one-time callers leave no trace. */
    private void forgetIdleNowAndThen(String prefix, Duration window) {
        AtomicLong last = lastForget.computeIfAbsent(prefix, p -> new AtomicLong());
        long now = System.currentTimeMillis();
        long before = last.get();
        if (now - before > window.toMillis() && last.compareAndSet(before, now)) {
            limiter.forgetIdle(prefix, window.multipliedBy(2));
        }
    }
}

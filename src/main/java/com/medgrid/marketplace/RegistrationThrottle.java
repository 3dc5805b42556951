package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.ratelimit.RateLimit;
import com.medgrid.platform.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public vendor registrations per client address ({@code medgrid.throttle.register-vendor}, 5 an
 * hour by default), far below the API's general guest budget: each one creates a user and a
 * profile that an admin has to review. Like every API throttle, the window is per cluster member.
 */
@ApplicationScoped
public class RegistrationThrottle {

    private static final String KEY_PREFIX = "register_vendor ";

    @Inject
    RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "medgrid.throttle.register-vendor", defaultValue = "5/PT1H")
    String configured;

    private RateLimit limit;
    private final AtomicLong lastForget = new AtomicLong();

    @PostConstruct
    void parse() {
        limit = RateLimit.parse(configured);
    }

    /** Counts a registration from {@code address}; a 429 once the address has used its budget. */
    public void admit(String address) {
        forgetIdleNowAndThen();
        limiter.tryAcquire(KEY_PREFIX + address, limit).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(ApiError.RATE_LIMITED, "Too many vendor registrations from this address: " + limit.permits()
                    + " per " + limit.window().toSeconds() + " s are allowed; retry in " + seconds + " s.");
        });
    }

    /** At most once a window, addresses not seen for a window are forgotten, so that one-time callers leave no trace. */
    private void forgetIdleNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastForget.get();
        Duration window = limit.window();
        if (now - last > window.toMillis() && lastForget.compareAndSet(last, now)) {
            limiter.forgetIdle(KEY_PREFIX, window.multipliedBy(2));
        }
    }
}

package com.medgrid.platform.ratelimit;

import com.medgrid.platform.api.ApiError;
import com.medgrid.platform.api.ErrorBody;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Burst throttling of the API's callers with the shared {@link RateLimiter}: a signed-in user (by
 * API key, token or session) has a budget of its own, a guest one per client address (as
 * {@code remoteIp} resolves it behind trusted proxies), and the public endpoints their own per
 * address: login and the vendors' inbound webhooks. Every answer says where the caller stands
 * ({@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Reset} in seconds); over the budget it is
 * 429 in the Frappe error format with {@code Retry-After}. The windows are per cluster member: each
 * member should be given its share of the budget (the load balancer spreads callers evenly), which
 * keeps throttling off the database on every request.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiThrottleFilter extends HttpFilter {

    /** Under /api, /api/v1 and /api/v2 alike: Frappe serves its methods at all three. */
    private static final Pattern VENDOR_WEBHOOK = Pattern.compile("/api(/v[12])?/method/medgrid\\.[a-z_]+\\.webhook");
    private static final Pattern LOGIN = Pattern.compile("/api(/v[12])?/method/login");
    /** The vendor simulators, which this server calls itself when the sandbox is on. */
    private static final String SANDBOX = "/api/sandbox/";
    /** The API's keys in the shared limiter, apart from the vendors'. */
    private static final String KEY_PREFIX = "api ";

    @Inject
    RateLimiter limiter;

    private RateLimit user;
    private RateLimit guest;
    private RateLimit login;
    private RateLimit webhooks;
    private Duration longestWindow;
    private final AtomicLong lastForget = new AtomicLong();

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        user = limit(config, "medgrid.throttle.user", "1200/PT1M");
        guest = limit(config, "medgrid.throttle.guest", "300/PT1M");
        login = limit(config, "medgrid.throttle.login", "60/PT1M");
        webhooks = limit(config, "medgrid.throttle.webhooks", "1200/PT1M");
        longestWindow = List.of(user, guest, login, webhooks).stream().map(RateLimit::window).max(Duration::compareTo).orElseThrow();
    }

    private static RateLimit limit(Config config, String name, String fallback) {
        return RateLimit.parse(config.getOptionalValue(name, String.class).orElse(fallback));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        if (path.startsWith(SANDBOX)) {
            chain.doFilter(request, response);
            return;
        }
        Principal caller = request.getUserPrincipal();
        String address = request.getRemoteAddr();
        String key;
        RateLimit limit;
        if (LOGIN.matcher(path).matches()) {
            key = "login " + address;
            limit = login;
        } else if (VENDOR_WEBHOOK.matcher(path).matches()) {
            key = "webhook " + address;
            limit = webhooks;
        } else if (caller != null) {
            key = "user " + caller.getName();
            limit = user;
        } else {
            key = "guest " + address;
            limit = guest;
        }
        RateLimiter.Decision decision = limiter.decide(KEY_PREFIX + key, limit);
        long resetSeconds = Math.max(1, (decision.reset().toMillis() + 999) / 1000);
        response.setHeader("X-RateLimit-Limit", Integer.toString(limit.permits()));
        response.setHeader("X-RateLimit-Remaining", Integer.toString(Math.max(0, decision.remaining())));
        response.setHeader("X-RateLimit-Reset", Long.toString(resetSeconds));
        forgetIdleNowAndThen();
        if (!decision.permitted()) {
            response.setHeader("Retry-After", Long.toString(resetSeconds));
            ErrorBody.write(response, ApiError.RATE_LIMITED.status(), ErrorBody.forPath(path, ApiError.RATE_LIMITED, List.of("Too many requests: "
                    + limit.permits() + " per " + limit.window().toSeconds() + " s are allowed; retry in " + resetSeconds + " s."), null));
            return;
        }
        chain.doFilter(request, response);
    }

    /** At most once a window, the limiter forgets callers it has not seen for a window. */
    private void forgetIdleNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastForget.get();
        if (now - last > longestWindow.toMillis() && lastForget.compareAndSet(last, now)) {
            limiter.forgetIdle(KEY_PREFIX, longestWindow.multipliedBy(2));
        }
    }
}

package com.medgrid.fulfillment;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Defaults for every vendor's REST client ({@code <configKey>/mp-rest/*}), so that no vendor needs
 * an entry outside its own package: connect and read timeouts, and with the sandbox on
 * ({@code medgrid.sandbox.enabled}, the development build) the base URL of the vendor's simulator
 * on this server, {@code /api/sandbox/<configKey>}, a 3 s read timeout and circuit breakers that
 * half-open after 5 s instead of 30. Anything set in configuration (or the
 * environment, e.g. {@code SHIPSTATION_MP_REST_URL}) wins, and without the sandbox a client's
 * {@code baseUri} is the vendor's real API. Registered in {@code META-INF/services}.
 */
public class VendorClientDefaults implements ConfigSource {

    static final String URL = "/mp-rest/url";
    static final String CONNECT_TIMEOUT = "/mp-rest/connectTimeout";
    static final String READ_TIMEOUT = "/mp-rest/readTimeout";
    /** Below the properties file (100) and the environment (300): a default, nothing more. */
    private static final int ORDINAL = 50;
    private static final String CONNECT_MILLIS = "5000";
    private static final String READ_MILLIS = "15000";
    /** The simulators answer at once unless asked to play slow: a fault test should not wait long. */
    private static final String SANDBOX_READ_MILLIS = "3000";

    /** Fault Tolerance keys for every breaker: the sandbox recovers in seconds, so demos and tests see a breaker close again. */
    private static final String BREAKER_DELAY = "CircuitBreaker/delay";
    private static final String BREAKER_DELAY_UNIT = "CircuitBreaker/delayUnit";
    private static final String SANDBOX_BREAKER_MILLIS = "5000";

    /** Set while this source reads other settings, so that doing so never asks it again. */
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    @Override
    public String getValue(String property) {
        if (READING.get()) {
            return null;
        }
        if (property.equals(BREAKER_DELAY) || property.equals(BREAKER_DELAY_UNIT)) {
            return !sandbox() ? null : property.equals(BREAKER_DELAY) ? SANDBOX_BREAKER_MILLIS : "MILLIS";
        }
        if (property.endsWith(CONNECT_TIMEOUT)) {
            return CONNECT_MILLIS;
        }
        if (property.endsWith(READ_TIMEOUT)) {
            return sandbox() ? SANDBOX_READ_MILLIS : READ_MILLIS;
        }
        String configKey = property.endsWith(URL) ? property.substring(0, property.length() - URL.length()) : null;
        // a client is also asked under its interface's class name (dotted): the simulators go by config key
        if (configKey != null && !configKey.contains(".") && sandbox()) {
            return "http://localhost:" + setting("HTTP_PORT", "9080") + "/api/sandbox/" + configKey;
        }
        return null;
    }

    private static boolean sandbox() {
        return Boolean.parseBoolean(setting("medgrid.sandbox.enabled", "false"));
    }

    private static String setting(String name, String fallback) {
        READING.set(true);
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(fallback);
        } finally {
            READING.set(false);
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(); // computed per client key on request
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "MedGrid vendor REST client defaults";
    }
}

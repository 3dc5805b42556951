package com.medgrid.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Planned faults, the same for every simulator ({@code _sandbox/faults {"mode", "count"}}): the
 * account's next calls fail that way. What a fault looks like on the wire is the simulator's
 * (each vendor words its errors its own way); {@code timeout} holds the call past any client's read timeout.
 */
@ApplicationScoped
public class SandboxFaults {

    /** The modes every simulator understands. */
    public static final Set<String> MODES = Set.of("http_503", "http_429", "http_401", "http_400", "garbage", "timeout");

    private final Map<String, Deque<String>> planned = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> calls = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.timeout-delay", defaultValue = "PT20S")
    Duration timeoutDelay;

    /** Replaces the account's planned faults with {@code count} of {@code mode} (0 clears them). */
    public void plan(String vendor, String account, String mode, int count) {
        plan(vendor, account, mode, count, MODES);
    }

    /** {@link #plan}, for a simulator that plays other faults too ({@code modes}). */
    public void plan(String vendor, String account, String mode, int count, Set<String> modes) {
        if (!modes.contains(mode)) {
            throw new IllegalArgumentException("mode must be one of " + String.join(", ", new java.util.TreeSet<>(modes)));
        }
        Deque<String> faults = new ArrayDeque<>();
        for (int i = 0; i < count; i++) {
            faults.add(mode);
        }
        planned.put(vendor + "\n" + account, faults);
    }

    /** The fault this call of the account is to play, if one is planned; every call is counted. */
    public Optional<String> next(String vendor, String account) {
        calls.computeIfAbsent(vendor + "\n" + account, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        Deque<String> faults = planned.get(vendor + "\n" + account);
        if (faults == null) {
            return Optional.empty();
        }
        synchronized (faults) {
            return Optional.ofNullable(faults.pollFirst());
        }
    }

    /** How many calls the account has made ({@code _sandbox/calls}): whether MedGrid called at all, say, while a breaker is open. */
    public long calls(String vendor, String account) {
        var counted = calls.get(vendor + "\n" + account);
        return counted == null ? 0 : counted.get();
    }

    /** Holds a "timeout" call for longer than MedGrid waits for a vendor. */
    public void stall() {
        try {
            Thread.sleep(timeoutDelay.toMillis()); // the simulator playing a vendor that hangs: this thread is the vendor's
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

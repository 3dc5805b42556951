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
 * Planned faults, the same for every simulator ({@code _sandbox/faults {"mode", "count", "operation"}}):
 * the account's next calls (of one operation, if given) fail that way. What a fault looks like on the wire is the simulator's
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
        plan(vendor, account, mode, count, MODES, null);
    }

    /**
     * {@link #plan}, for a simulator that plays other faults too ({@code modes}), and for one
     * operation of the vendor's API only ({@code otc/transfer}, say; null: whichever call comes), so a
     * test can fail the second step of a dispatch after the first succeeded.
     */
    public void plan(String vendor, String account, String mode, int count, Set<String> modes, String operation) {
        if (!modes.contains(mode)) {
            throw new IllegalArgumentException("mode must be one of " + String.join(", ", new java.util.TreeSet<>(modes)));
        }
        Deque<String> faults = new ArrayDeque<>();
        for (int i = 0; i < count; i++) {
            faults.add(mode);
        }
        planned.put(key(vendor, account, operation), faults);
    }

    /** The fault this call of the account is to play, if one is planned; every call is counted. */
    public Optional<String> next(String vendor, String account) {
        return next(vendor, account, null);
    }

    /** The fault this call of {@code operation} is to play: one planned for the operation, else one for any call. */
    public Optional<String> next(String vendor, String account, String operation) {
        count(key(vendor, account, null));
        if (operation != null) {
            count(key(vendor, account, operation));
            Optional<String> fault = take(key(vendor, account, operation));
            if (fault.isPresent()) {
                return fault;
            }
        }
        return take(key(vendor, account, null));
    }

    /** How many calls the account has made ({@code _sandbox/calls}): whether MedGrid called at all, say, while a breaker is open. */
    public long calls(String vendor, String account) {
        return calls(vendor, account, null);
    }

    /** How many calls of {@code operation} the account has made (null: of any). */
    public long calls(String vendor, String account, String operation) {
        var counted = calls.get(key(vendor, account, operation));
        return counted == null ? 0 : counted.get();
    }

    private void count(String key) {
        calls.computeIfAbsent(key, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
    }

    private Optional<String> take(String key) {
        Deque<String> faults = planned.get(key);
        if (faults == null) {
            return Optional.empty();
        }
        synchronized (faults) {
            return Optional.ofNullable(faults.pollFirst());
        }
    }

    private static String key(String vendor, String account, String operation) {
        return vendor + "\n" + account + "\n" + (operation == null ? "" : operation);
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

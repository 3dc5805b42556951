package com.medgrid.platform.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends outboxes on the managed executor, one task per entry, so that a slow receiver holds up
 * neither another receiver nor the request that queued the work. Each outbox's timer sweeps every
 * {@link #SWEEP_PERIOD} as the safety net (retries, lapsed claims, what an early sweep missed);
 * sweeps asked for in between make fresh work and short back-offs go out without waiting for it.
 */
@ApplicationScoped
public class OutboxWorkers {

    /** How often each outbox's timer sweeps; keep the timers' schedules in step with it. */
    public static final Duration SWEEP_PERIOD = Duration.ofSeconds(15);

    private static final Logger LOG = Logger.getLogger(OutboxWorkers.class.getName());

    /** Per outbox, whether a sweep is queued on the executor and has not started yet. */
    private final Map<Outbox, AtomicBoolean> queuedSweeps = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Claims what is due and starts sending it; returns how many entries were claimed. A sweep that
     * claimed something is followed by another at once, until one finds nothing due: a backlog
     * (a receiver back after an outage) drains batch after batch, not one batch per timer period.
     */
    public int sweep(Outbox outbox) {
        List<Claim> claimed = outbox.claimDue();
        for (Claim claim : claimed) {
            try {
                executor.execute(() -> outbox.deliver(claim));
            } catch (RejectedExecutionException e) {
                // the claim lapses and a later sweep sends it
                LOG.warning(() -> "Executor refused " + claim.name() + "; a later sweep takes it: " + e.getMessage());
            }
        }
        if (!claimed.isEmpty()) {
            sweepSoon(outbox);
        }
        return claimed.size();
    }

    /**
     * Sweeps on the executor, without waiting; if it is saturated, the timer sweep catches up. While
     * a sweep of the outbox waits on the executor, another is not queued: the waiting one has yet to
     * look, so it finds what the caller committed. Under load that is one sweep for many orders
     * rather than one each.
     */
    public void sweepSoon(Outbox outbox) {
        AtomicBoolean queued = queuedSweeps.computeIfAbsent(outbox, o -> new AtomicBoolean());
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.set(false); // before it looks: what commits from now on needs another sweep
                sweep(outbox);
            });
        } catch (RejectedExecutionException e) {
            queued.set(false);
            LOG.warning(() -> "Executor refused a sweep; the timer sweep sends what is due: " + e.getMessage());
        }
    }

    /** A retry due before the timer's next round gets a sweep of its own, so short back-offs are kept. */
    public void sweepAt(Outbox outbox, Instant due) {
        Duration wait = Duration.between(Instant.now(), due);
        if (wait.compareTo(SWEEP_PERIOD) < 0) {
            try {
                scheduler.schedule(() -> sweep(outbox), Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.fine(() -> "Scheduler refused an early sweep; the timer sweep retries at " + due);
            }
        }
    }
}

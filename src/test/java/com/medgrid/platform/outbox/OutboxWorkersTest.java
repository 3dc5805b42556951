package com.medgrid.platform.outbox;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sweeps asked for while one is still queued are the queued one; a sweep that has begun looking needs another. */
class OutboxWorkersTest {

    /** Counts the sweeps; {@link #duringSweep} runs as the sweep looks (work committing meanwhile). */
    private static final class CountingOutbox implements Outbox {
        int sweeps;
        Runnable duringSweep = () -> { };

        @Override
        public List<Claim> claimDue() {
            sweeps++;
            duringSweep.run();
            return List.of();
        }

        @Override
        public void deliver(Claim claim) {
            throw new AssertionError("nothing was claimed");
        }
    }

    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private boolean refusing;
    private final OutboxWorkers workers = new OutboxWorkers();
    private final CountingOutbox outbox = new CountingOutbox();

    OutboxWorkersTest() {
        // the executor keeps the tasks for the test to run: only execute(Runnable) is used
        workers.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("execute")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (refusing) {
                        throw new RejectedExecutionException("saturated");
                    }
                    tasks.add((Runnable) args[0]);
                    return null;
                });
    }

    @Test
    void sweepsAskedForWhileOneIsQueuedAreThatOne() {
        workers.sweepSoon(outbox);
        workers.sweepSoon(outbox);
        workers.sweepSoon(outbox);
        assertEquals(1, tasks.size());
        tasks.poll().run();
        assertEquals(1, outbox.sweeps);
        assertEquals(0, tasks.size());
    }

    @Test
    void workCommittedWhileASweepLooksGetsAnotherSweep() {
        outbox.duringSweep = () -> workers.sweepSoon(outbox);
        workers.sweepSoon(outbox);
        tasks.poll().run();
        assertEquals(1, tasks.size(), "the running sweep may have looked before that work committed");
        outbox.duringSweep = () -> { };
        tasks.poll().run();
        assertEquals(2, outbox.sweeps);
    }

    @Test
    void aRefusedSweepDoesNotStopTheNextOne() {
        refusing = true;
        workers.sweepSoon(outbox);
        refusing = false;
        workers.sweepSoon(outbox);
        assertEquals(1, tasks.size());
    }

    @Test
    void eachOutboxHasItsOwnQueuedSweep() {
        workers.sweepSoon(outbox);
        workers.sweepSoon(new CountingOutbox());
        assertEquals(2, tasks.size());
    }
}

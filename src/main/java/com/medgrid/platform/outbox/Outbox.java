package com.medgrid.platform.outbox;

import java.util.List;

/**
 * A table of work to hand to another system (vendor dispatches, webhook deliveries), sent by
 * {@link OutboxWorkers}. Each entry is claimed before it is sent, so that concurrent sweeps (on
 * this member or another) never send the same entry at once, and a lapsed claim makes it due again.
 */
public interface Outbox {

    /** Claims the entries due now, in a transaction of its own. */
    List<Claim> claimDue();

    /**
     * Sends one claimed entry and records the outcome; called on a worker thread, outside any
     * transaction. It sends nothing when the claim no longer holds the entry (see {@link Claim}).
     */
    void deliver(Claim claim);
}

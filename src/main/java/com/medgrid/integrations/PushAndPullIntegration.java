package com.medgrid.integrations;

import jakarta.inject.Inject;

/** An integration whose manual sync is {@link PushAndPull}'s: send the unsent dispatches, then ask about the open orders. */
public abstract class PushAndPullIntegration implements IntegrationProvider {

    /** What one sync pushes and polls at most, as for the poll timer's batches. */
    static final int SYNC_BATCH = 200;

    @Inject
    PushAndPull pushAndPull;

    /** At most how many orders one sync pushes (and polls). */
    protected int syncBatch() {
        return SYNC_BATCH;
    }

    @Override
    public SyncResult sync(Connection connection) {
        return pushAndPull.sync(id(), connection, syncBatch());
    }
}

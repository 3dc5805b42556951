package com.medgrid.platform.scheduling;

/**
 * Records that are useless past their time (sessions, login counters, idempotency keys, tokens,
 * OAuth states): {@link ExpiredRecordsPurgeTimer} deletes them every hour. Implemented by the bean
 * that owns them; deleting must be idempotent, since every cluster member purges.
 */
public interface ExpiringRecords {

    /** What they are, as the log names them ({@code expired sessions}). */
    String expiredRecords();

    /** @return how many were deleted */
    int purgeExpired();
}

package com.medgrid.fulfillment;

import com.medgrid.platform.scheduling.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Polls vendors every 10 minutes for dispatches still without tracking, in case a webhook never
 * came (webhooks are the main path). Every member's timer fires; one member takes the period's
 * lease and makes the calls, since they count against the vendors' rate limits.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each vendor call outside any transaction, each update in its own
public class DispatchPollTimer {

    static final String JOB = "vendor status poll";
    private static final Duration HOLD = Duration.ofMinutes(9);
    private static final int BATCH = 200;

    @Inject
    DispatchPoller poller;
    @Inject
    JobLeases leases;

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = JOB)
    void poll() {
        if (leases.take(JOB, HOLD)) {
            poller.pollingVendors().forEach(vendor -> poller.poll(vendor, null, BATCH));
        }
    }
}

package com.medgrid.fulfillment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Polls vendors for dispatches still without tracking, in case a webhook never came. Persistent,
 * so one member makes these calls (they count against the vendors' rate limits); webhooks are
 * the main path.
 */
@Singleton
public class DispatchPollTimer {

    private static final int BATCH = 200;

    @Inject
    DispatchPoller poller;

    @Schedule(hour = "*", minute = "*/10", persistent = true, info = "vendor status poll")
    void poll() {
        poller.pollingVendors().forEach(vendor -> poller.poll(vendor, null, BATCH));
    }
}

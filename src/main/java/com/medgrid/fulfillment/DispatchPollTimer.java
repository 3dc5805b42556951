package com.medgrid.fulfillment;

import com.medgrid.platform.scheduling.JobLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Asks each vendor that can be polled about its open orders, as often as its way of reporting needs:
 * a vendor with webhooks every {@code medgrid.fulfillment.webhook-fallback-interval} (10 minutes), in case a webhook never
 * came; a vendor without, every {@code medgrid.fulfillment.poll-interval}. Every member's timer
 * ticks; per vendor, one member takes the period's lease and makes the calls (they count against the
 * vendor's rate limit), so a slow vendor never holds back another's poll.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each vendor call outside any transaction, each update in its own
public class DispatchPollTimer {

    static final String JOB = "vendor status poll: ";
    /** A lease ends a little before the next period, so members' clocks a little apart do not skip one. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(2);
    private static final int BATCH = 200;

    @Inject
    DispatchPoller poller;
    @Inject
    JobLeases leases;
    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.poll-interval", defaultValue = "PT2M")
    Duration pollInterval;
    /** For vendors with webhooks polling is the fallback for a missed one (sent before MedGrid knew the order, say). */
    @Inject
    @ConfigProperty(name = "medgrid.fulfillment.webhook-fallback-interval", defaultValue = "PT10M")
    Duration webhookFallbackInterval;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "vendor status poll")
    void poll() {
        for (VendorDescription vendor : poller.pollingVendors()) {
            Duration interval = vendor.can(VendorConnector.Capability.STATUS_WEBHOOKS) ? webhookFallbackInterval : pollInterval;
            if (leases.take(JOB + vendor.key(), interval.minus(CLOCK_MARGIN))) {
                poller.poll(vendor.key(), null, BATCH);
            }
        }
    }
}

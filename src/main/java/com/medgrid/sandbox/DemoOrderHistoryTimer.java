package com.medgrid.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places {@link DemoOrderHistory} once the API serves (a start-up bean runs before it does): with
 * demo data only, it tries every 20 seconds until the month is there, then its timer ends. Without
 * demo data no timer exists.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // it calls the API over HTTP: no transaction may span that
public class DemoOrderHistoryTimer {

    private static final Logger LOG = Logger.getLogger(DemoOrderHistoryTimer.class.getName());
    private static final long PERIOD_MILLIS = 20_000;

    @Inject
    DemoOrderHistory history;
    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void schedule() {
        if (enabled) {
            timers.createIntervalTimer(PERIOD_MILLIS, PERIOD_MILLIS, new TimerConfig("demo order history", false));
        }
    }

    @Timeout
    void placeOnce(Timer timer) {
        try {
            if (history.missing()) {
                history.place();
            }
            timer.cancel();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo order history not placed yet; trying again", e);
        }
    }
}

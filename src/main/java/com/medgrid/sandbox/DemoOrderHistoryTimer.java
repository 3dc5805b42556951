package com.medgrid.sandbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places {@link DemoOrderHistory} once the API serves (a start-up bean runs before it does): tries
 * every 20 seconds until the month is there, then stops looking.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // it calls the API over HTTP: no transaction may span that
public class DemoOrderHistoryTimer {

    private static final Logger LOG = Logger.getLogger(DemoOrderHistoryTimer.class.getName());

    @Inject
    DemoOrderHistory history;
    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    private boolean done;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "demo order history")
    void placeOnce() {
        if (!enabled || done) {
            return;
        }
        try {
            if (history.missing()) {
                history.place();
            }
            done = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo order history not placed yet; trying again", e);
        }
    }
}

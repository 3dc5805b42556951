package com.medgrid.sandbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulators' own clock: every few seconds, what a simulator made due (an order its demo
 * account accepted) is handed back to it to act on, as the real vendor ships on its own. Runs only
 * with the sandbox on; each record is taken once (row lock), whatever the number of members.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // simulators call MedGrid's webhooks: no transaction spans that
public class SandboxShipper {

    private static final Logger LOG = Logger.getLogger(SandboxShipper.class.getName());

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    SandboxStore store;
    @Inject
    @Any
    Instance<SandboxVendor> simulators;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "sandbox vendors ship what is due")
    void ship() {
        if (!enabled) {
            return;
        }
        for (SandboxRecord record : store.takeDue()) {
            simulators.stream().filter(s -> s.vendor().equals(record.vendor())).findFirst().ifPresent(simulator -> {
                try {
                    simulator.due(record);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Sandbox " + record.vendor() + " could not act on " + record.key(), e);
                }
            });
        }
    }
}

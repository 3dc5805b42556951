package com.medgrid.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads {@link DemoData} at start-up when {@code DEMO_DATA=true}: all of it into an empty database, else what newer simulators add;
 * then {@link DemoMarketplace}, which works through the marketplace services on that data.
 */
@Startup
@Singleton
@DependsOn("AdminBootstrap")
public class DemoDataStartup {

    @Inject
    DemoData demo;
    @Inject
    DemoMarketplace marketplace;

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void loadIfAsked() {
        if (!enabled) {
            return;
        }
        if (demo.isLoaded()) {
            demo.topUp();
        } else {
            demo.load();
        }
        marketplace.loadIfMissing();
    }
}

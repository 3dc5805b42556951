package com.medgrid.sandbox;

import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.integrations.ConnectionStore;
import com.medgrid.integrations.IntegrationProvider;
import com.medgrid.integrations.IntegrationService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * In the development build (sandbox and demo data on) every simulator's demo account is connected
 * at startup, as a vendor or an admin would connect it to the simulator's integration (a fulfilment
 * vendor's, or one that fulfils nothing, such as telehealth clinicians): a managed one as the
 * platform's account, a self-service one as its demo supplier's own. It needs the server answering
 * HTTP (connecting checks the credentials with the simulator and subscribes its webhooks), so it
 * tries a few seconds after startup, and again until every demo account is connected.
 */
@Startup
@Singleton
@DependsOn("DemoDataStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxConnections {

    private static final Logger LOG = Logger.getLogger(SandboxConnections.class.getName());
    private static final long RETRY_SECONDS = 5;
    private static final String ACTOR = "Administrator";

    @Inject
    @ConfigProperty(name = "medgrid.sandbox.enabled", defaultValue = "false")
    boolean sandbox;
    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean demoData;
    @Inject
    @Any
    Instance<SandboxVendor> simulators;
    @Inject
    @Any
    Instance<IntegrationProvider> providers;
    @Inject
    ConnectionStore connections;
    @Inject
    IntegrationService integrations;
    @Resource
    ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void start() {
        if (sandbox && demoData) {
            scheduler.schedule(this::connectAll, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void connectAll() {
        if (!connect(false).values().stream().allMatch(Boolean::booleanValue)) {
            scheduler.schedule(this::connectAll, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Connects every simulator's demo account ({@code again}: even one connected now, say after a test
     * or a user connected an account of their own in its place).
     *
     * @return per vendor key, whether its demo account is connected (vendors without an integration in
     *         this build are left out)
     */
    public Map<String, Boolean> connect(boolean again) {
        Map<String, Boolean> connected = new java.util.TreeMap<>();
        for (SandboxVendor simulator : simulators) {
            Optional<IntegrationProvider> provider = providers.stream().filter(p -> p.id().equals(simulator.vendor())).findFirst();
            if (provider.isEmpty()) {
                // a simulator may land before its vendor's integration: nothing to connect its demo account with yet
                LOG.fine(() -> "Sandbox " + simulator.vendor() + " has no integration in this build: its demo account is not connected.");
                continue;
            }
            VendorDescription vendor = provider.get().description();
            String owner = vendor.connections() == VendorDescription.Connections.MANAGED ? null : simulator.demoSupplier().orElseThrow();
            if (!again && connections.active(vendor.key(), owner).isPresent()) {
                connected.put(vendor.key(), true);
                continue;
            }
            try {
                Map<String, Object> answer = integrations.connect(vendor.key(), owner, simulator.demoCredentials(), ACTOR);
                connected.put(vendor.key(), Boolean.TRUE.equals(answer.get("ok")));
                LOG.info(() -> "Sandbox " + vendor.label() + " demo account: " + answer);
            } catch (RuntimeException e) {
                connected.put(vendor.key(), false);
                LOG.fine(() -> "Sandbox " + vendor.label() + " not connected yet: " + e);
            }
        }
        return connected;
    }
}

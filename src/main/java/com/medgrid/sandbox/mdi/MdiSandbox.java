package com.medgrid.sandbox.mdi;

import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxVendor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MD Integrations (telehealth clinicians) simulator as the sandbox toolkit runs it, under
 * {@code /api/sandbox/mdi} (the connector's base URL; on with {@code SANDBOX=true}): MDI's partner
 * API ({@link MdiPartnerSandbox}) and test controls ({@link MdiControlSandbox}). MDI is a managed
 * integration that sells and ships nothing: its demo partner (client {@code mdi-demo-client}) has
 * no supplier, products or warehouse, and the platform connects it.
 */
@ApplicationScoped
public class MdiSandbox implements SandboxVendor {

    static final String VENDOR = "mdi";

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("mdi_client_id", MdiClients.DEMO_CLIENT, "mdi_client_secret", MdiClients.DEMO_SECRET);
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.empty();
    }

    @Override
    public List<DemoProduct> demoProducts() {
        return List.of();
    }

    @Override
    public void due(SandboxRecord record) {
        // never called: the simulator stores nothing due (no orders to ship)
    }
}

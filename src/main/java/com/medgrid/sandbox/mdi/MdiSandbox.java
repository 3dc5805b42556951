package com.medgrid.sandbox.mdi;

import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxVendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MD Integrations (telehealth clinicians) simulator as the sandbox toolkit runs it, under
 * {@code /api/sandbox/mdi} (the connector's base URL; on with {@code SANDBOX=true}): MDI's partner
 * API ({@link MdiPartnerSandbox}) and test controls ({@link MdiControlSandbox}, {@link MdiCaseControlSandbox},
 * {@link MdiDeliveryControlSandbox}). MDI is a managed integration that sells and ships nothing: its
 * demo partner (client {@code mdi-demo-client}) has no supplier, products or warehouse, and the
 * platform connects it; the demo catalog's prescription items are reviewed under its demo offering,
 * and its cases are reviewed by the demo clinician by themselves ({@link MdiCases}).
 */
@ApplicationScoped
public class MdiSandbox implements SandboxVendor {

    static final String VENDOR = "mdi";
    /** The account of the simulator's indexes (whose a case or delivery is), which controls look up by id alone. */
    static final String INDEX_ACCOUNT = "_index";

    @Inject
    MdiCases cases;

    @Override
    public String vendor() {
        return VENDOR;
    }

    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("mdi_client_id", MdiClients.DEMO_CLIENT, "mdi_client_secret", MdiClients.DEMO_SECRET,
                "mdi_webhook_authorization", MdiClients.DEMO_WEBHOOK_AUTHORIZATION, "mdi_webhook_secret", MdiClients.DEMO_WEBHOOK_SECRET);
    }

    @Override
    public Map<String, String> demoPrescriptionItemFields() {
        return Map.of("mdi_offering_id", MdiOfferings.DEMO_OFFERING_ID);
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.empty();
    }

    @Override
    public List<DemoProduct> demoProducts() {
        return List.of();
    }

    /** A demo case is due: the demo clinician takes its next step. */
    @Override
    public void due(SandboxRecord record) {
        cases.review(record);
    }
}

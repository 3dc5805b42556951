package com.medgrid.sandbox.pharmaone;

import com.medgrid.sandbox.SandboxRecord;
import com.medgrid.sandbox.SandboxVendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PharmaOne pharmacy simulator as the sandbox toolkit runs it, under
 * {@code /api/sandbox/pharmaone} (the connector's base URL; on with {@code SANDBOX=true}): the v2
 * API with API key → scoped JWT ({@link PharmaOneV2Sandbox}), v1 order requests and the External
 * Telemedicine Connector's shop route ({@link PharmaOneOrderRequestsSandbox}), and test controls
 * ({@link PharmaOneControlSandbox}). Its demo account is the org {@code org_demo_skydell} with shop
 * {@code shop_skydell_rx}; its orders move on by themselves (pending → processing → shipped with
 * USPS tracking → delivered, a stage every {@code medgrid.sandbox.ship-after}) and MedGrid learns of
 * it by polling, as PharmaOne sends no webhooks.
 */
@ApplicationScoped
public class PharmaOneSandbox implements SandboxVendor {

    static final String VENDOR = "pharmaone";

    @Inject
    PharmaOneOrders orders;

    @Override
    public String vendor() {
        return VENDOR;
    }

    /** The demo connection submits by v2 (JWT), naming the demo shop in each order. */
    @Override
    public Map<String, String> demoCredentials() {
        return Map.of("pharmaone_api_key", PharmaOneKeys.DEMO_API_KEY, "pharmaone_org_id", PharmaOneKeys.DEMO_ORG,
                "pharmaone_shop_id", PharmaOneKeys.DEMO_SHOP.shopId(), "pharmaone_submission_mode", "v2");
    }

    @Override
    public Optional<String> demoSupplier() {
        return Optional.of("PharmaOne Pharmacy");
    }

    /** DemoData names it "PharmaOne Pharmacy - SM" (it adds the company's abbreviation) and routes it to this vendor. */
    @Override
    public Optional<String> demoWarehouse() {
        return Optional.of("PharmaOne Pharmacy");
    }

    /** Each demo item maps to its catalog product by {@code pharmaone_product_id}. */
    @Override
    public List<DemoProduct> demoProducts() {
        return PharmaOneCatalog.DEMO_PRODUCTS;
    }

    @Override
    public void due(SandboxRecord record) {
        orders.due(record);
    }
}

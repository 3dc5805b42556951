package com.medgrid.sandbox;

import com.medgrid.catalog.StockService;
import com.medgrid.marketplace.StockUpdateRequests;
import com.medgrid.marketplace.VendorOnboarding;
import com.medgrid.marketplace.VendorProfile;
import com.medgrid.marketplace.VendorRegistration;
import com.medgrid.platform.api.ApiArgs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The marketplace side of the demo, so that the review queues and the demo vendor's dashboard show real
 * numbers: a vendor awaiting approval, the demo vendor's stock update requests (three waiting for an
 * officer, one approved) and one of its bins below the reorder level. Made through the services the API
 * uses, on behalf of the demo users, after {@link DemoData}; added to a database loaded before it existed.
 */
@ApplicationScoped
public class DemoMarketplace {

    private static final Logger LOG = Logger.getLogger(DemoMarketplace.class.getName());
    private static final String ACTOR = "Administrator";
    static final String PENDING_VENDOR = "Harbor Medical Supply";
    private static final String PENDING_VENDOR_USER = "pending-vendor@medgrid.local";
    /** Below the demo items' reorder level (25), so that the demo vendor's dashboard lists it. */
    private static final BigDecimal LOW_STOCK = BigDecimal.valueOf(8);

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    VendorOnboarding onboarding;
    @Inject
    StockUpdateRequests requests;
    @Inject
    StockService stock;

    /** Loads it unless the pending vendor, its first part, is there already. */
    @Transactional
    public void loadIfMissing() {
        if (em.find(VendorProfile.class, PENDING_VENDOR) != null) {
            return;
        }
        onboarding.register(VendorRegistration.parse(ApiArgs.of(Json.createObjectBuilder()
                .add("sales_representative_name", PENDING_VENDOR).add("email", PENDING_VENDOR_USER).add("password", "demo-pending-vendor")
                .add("country", "United States").add("profile_url", "harbor-medical-supply").build())), ACTOR);
        List<Map.Entry<String, String>> bins = demoVendorBins();
        if (bins.size() < 5) {
            LOG.warning(() -> "Demo vendor " + DemoData.DEMO_VENDOR + " has too few stocked items for demo stock update requests: " + bins);
            return;
        }
        request(bins.get(0), "Add", 120, "Restock from Q2 shipment");
        request(bins.get(1), "Set", 40, "Quarterly stock count");
        request(bins.get(2), "Add", 60, "Returned by a clinic, unopened");
        String received = request(bins.get(3), "Add", 50, "Received from the manufacturer");
        em.flush(); // the approval locks the request's row in the database, so the row must be there
        requests.approveOnBehalf(received, DemoData.DEMO_OFFICER);
        Map.Entry<String, String> low = bins.get(4);
        stock.adjust(low.getKey(), low.getValue(), (actual, reserved) -> reserved.add(LOW_STOCK), ACTOR);
        LOG.info(() -> "Demo marketplace loaded: " + PENDING_VENDOR + " awaiting approval, stock update requests from " + DemoData.DEMO_VENDOR
                + ", " + low.getKey() + " low in " + low.getValue() + ".");
    }

    private String request(Map.Entry<String, String> bin, String action, int quantity, String reason) {
        return requests.requestOnBehalf(ApiArgs.of(Json.createObjectBuilder().add("item", bin.getKey()).add("warehouse", bin.getValue())
                .add("action", action).add("quantity", quantity).add("reason", reason).build()), DemoData.DEMO_VENDOR);
    }

    /** One bin (item → warehouse) per item the demo vendor sells, in item order. */
    private List<Map.Entry<String, String>> demoVendorBins() {
        Map<String, String> bins = new LinkedHashMap<>();
        em.createQuery("SELECT b.itemCode, b.warehouse FROM Bin b, Item i, VendorProfile v WHERE i.name = b.itemCode"
                        + " AND i.defaultSupplier = v.name AND v.vendorUser = :user AND v.status = :approved ORDER BY b.itemCode, b.warehouse",
                        Object[].class)
                .setParameter("user", DemoData.DEMO_VENDOR).setParameter("approved", VendorProfile.APPROVED)
                .getResultStream().forEach(r -> bins.putIfAbsent((String) r[0], (String) r[1]));
        return List.copyOf(bins.entrySet());
    }
}

package com.medgrid.sandbox;

import com.medgrid.catalog.Bin;
import com.medgrid.catalog.Company;
import com.medgrid.catalog.Item;
import com.medgrid.catalog.ItemPrice;
import com.medgrid.catalog.MedgridSettings;
import com.medgrid.catalog.PriceList;
import com.medgrid.catalog.Warehouse;
import com.medgrid.fulfillment.RoutingRule;
import com.medgrid.marketplace.VendorProfile;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.UserInput;
import com.medgrid.platform.security.UserService;
import com.medgrid.selling.Address;
import com.medgrid.selling.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A realistic demo marketplace: Skydell Medical's warehouses, ~200 items with vendor mappings,
 * prices and stock, customers with addresses, and one user per role whose API keys are logged
 * once. Loaded into an empty catalog only, and only when asked ({@code DEMO_DATA=true}).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String ACTOR = "Administrator";
    private static final String COMPANY = "Skydell Medical";
    private static final String PRICE_LIST = "Standard Selling";
    private static final String PARTNER_PRICE_LIST = "Partner Selling";
    private static final List<String> WAREHOUSES = List.of("Skydell Main", "ShipStation Warehouse", "Exoceuticals Warehouse",
            "PerfectRx Pharmacy", "Centre Research Peptides");

    /** Base products: code, name, description, unit, base price, vendor mapping key. */
    private record Product(String code, String name, String description, String uom, int price, String vendor) {
    }

    /** The vendor (its Vendor Profile) behind each product's mapping key. */
    private static final Map<String, String> VENDORS = Map.of("centre_research", "Centre Research Peptides",
            "perfectrx_rx", "PerfectRx Pharmacy", "perfectrx_otc", "PerfectRx Pharmacy", "sinq", "SINQ Health",
            "shipstation", "Skydell Fulfillment", "exoceuticals", "Exoceuticals");

    private static final List<Product> PRODUCTS = List.of(
            new Product("BPC-157", "BPC-157", "Body Protection Compound 157, lyophilized peptide", "Vial", 89, "centre_research"),
            new Product("TB-500", "TB-500", "Thymosin Beta-4 fragment, lyophilized peptide", "Vial", 95, "centre_research"),
            new Product("IPAM", "Ipamorelin", "Growth hormone secretagogue peptide", "Vial", 79, "centre_research"),
            new Product("CJC1295", "CJC-1295 (no DAC)", "GHRH analogue peptide", "Vial", 84, "centre_research"),
            new Product("SEMA", "Semaglutide", "GLP-1 receptor agonist, compounded injection", "Vial", 249, "perfectrx_rx"),
            new Product("TIRZ", "Tirzepatide", "GIP/GLP-1 receptor agonist, compounded injection", "Vial", 329, "perfectrx_rx"),
            new Product("TEST-CYP", "Testosterone Cypionate", "Androgen for hormone replacement therapy", "Vial", 65, "perfectrx_rx"),
            new Product("ESTRAD", "Estradiol Cream", "Bioidentical estradiol topical cream", "Tube", 48, "sinq"),
            new Product("PROG", "Progesterone Capsules", "Micronized progesterone", "Bottle", 42, "sinq"),
            new Product("NAD", "NAD+ Injection", "Nicotinamide adenine dinucleotide", "Vial", 129, "perfectrx_otc"),
            new Product("VD3", "Vitamin D3", "High-potency Vitamin D3 supplement", "Box", 28, "shipstation"),
            new Product("B12", "Methylcobalamin B12", "Vitamin B12 injection", "Vial", 35, "perfectrx_otc"),
            new Product("GLUT", "Glutathione", "Reduced L-glutathione antioxidant", "Vial", 58, "perfectrx_otc"),
            new Product("OMEGA3", "Omega-3 Fish Oil", "EPA/DHA softgels, molecularly distilled", "Bottle", 24, "shipstation"),
            new Product("MAG", "Magnesium Glycinate", "Chelated magnesium capsules", "Bottle", 19, "shipstation"),
            new Product("ZINC", "Zinc Picolinate", "Highly absorbable zinc", "Bottle", 14, "shipstation"),
            new Product("COLL", "Marine Collagen", "Hydrolyzed marine collagen peptides", "Tub", 39, "exoceuticals"),
            new Product("SERUM", "Growth Factor Serum", "Topical skin serum with peptides", "Bottle", 119, "exoceuticals"),
            new Product("SYR", "Insulin Syringes", "U-100 insulin syringes, 29G", "Box", 22, "shipstation"),
            new Product("GLOVE", "Nitrile Exam Gloves", "Powder-free nitrile examination gloves", "Box", 12, "shipstation"));

    private static final List<String> STRENGTHS = List.of("5mg", "10mg", "2.5mg", "30 Count", "60 Count", "120 Count",
            "Trial Size", "Clinic Pack", "Value Pack", "Single");

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    UserService users;

    public boolean isLoaded() {
        return em.find(Company.class, COMPANY) != null;
    }

    @Transactional
    public void load() {
        Instant now = Instant.now();
        save(new Company(COMPANY), "Company", Company.class, Json.createObjectBuilder().add("abbr", "SM").add("default_currency", "USD"), now);
        for (String w : WAREHOUSES) {
            save(new Warehouse(w + " - SM"), "Warehouse", Warehouse.class,
                    Json.createObjectBuilder().add("warehouse_name", w).add("company", COMPANY), now);
        }
        save(new PriceList(PRICE_LIST), "Price List", PriceList.class, Json.createObjectBuilder().add("currency", "USD"), now);
        save(new PriceList(PARTNER_PRICE_LIST), "Price List", PriceList.class, Json.createObjectBuilder().add("currency", "USD"), now);
        em.flush(); // links are plain columns, so EclipseLink cannot order writes by foreign key itself
        MedgridSettings settings = em.find(MedgridSettings.class, MedgridSettings.NAME);
        DocTypeMeta.of("Medgrid Settings", MedgridSettings.class).apply(
                ApiArgs.of(Json.createObjectBuilder().add("default_selling_price_list", PRICE_LIST).build()),
                settings, Set.of("default_selling_price_list"));
        settings.setWarehousePriority(List.of("ShipStation Warehouse - SM", "Exoceuticals Warehouse - SM"));
        settings.modified(ACTOR, now);

        loadVendors(now);

        Random random = new Random(42);
        int count = 0;
        for (Product product : PRODUCTS) {
            for (String strength : STRENGTHS) {
                count++;
                String code = product.code() + "-" + strength.toUpperCase().replace(" ", "").replace(".", "");
                saveItem(code, product, strength, count, now);
                em.flush();
                BigDecimal rate = BigDecimal.valueOf(product.price() * (1 + STRENGTHS.indexOf(strength) % 4 * 0.35)).setScale(2, java.math.RoundingMode.HALF_UP);
                price(code, PRICE_LIST, rate, now);
                price(code, PARTNER_PRICE_LIST, rate.multiply(BigDecimal.valueOf(0.9)).setScale(2, java.math.RoundingMode.HALF_UP), now);
                for (String w : WAREHOUSES) {
                    if (random.nextInt(3) > 0) {
                        stock(code, w + " - SM", random.nextInt(300), now);
                    }
                }
            }
        }
        loadPeople(now);
        loadRoutingRules(now);
        LOG.info(() -> "Demo data loaded: " + WAREHOUSES.size() + " warehouses, " + PRODUCTS.size() * STRENGTHS.size() + " items.");
    }

    private void saveItem(String code, Product product, String strength, int n, Instant now) {
        JsonObjectBuilder fields = Json.createObjectBuilder()
                .add("item_name", product.name() + " " + strength)
                .add("default_supplier", VENDORS.get(product.vendor()))
                .add("description", "<p>" + product.description() + ", " + strength + ".</p>")
                .add("stock_uom", product.uom())
                .add("reorder_level", 25);
        switch (product.vendor()) {
            case "perfectrx_rx" -> fields.add("requires_prescription", true).add("perfectrx_drug_description", product.name() + " " + strength);
            case "perfectrx_otc" -> fields.add("perfectrx_drug_description", product.name() + " " + strength);
            case "shipstation" -> fields.add("shipstation_product_id", "SS-" + code);
            case "sinq" -> fields.add("sinq_sku", "SINQ-" + code);
            case "centre_research" -> fields.add("centre_research_product_id", "CR-" + (10000 + n));
            case "exoceuticals" -> fields.add("exoceuticals_product_id", "gid://shopify/Product/" + (800000 + n))
                    .add("exoceuticals_variant_id", "gid://shopify/ProductVariant/" + (900000 + n));
            default -> throw new IllegalStateException(product.vendor());
        }
        Item item = new Item(code);
        JsonObject values = fields.build();
        DocTypeMeta.of("Item", Item.class).apply(ApiArgs.of(values), item, values.keySet());
        item.refreshSearchText();
        item.created(ACTOR, now);
        em.persist(item);
    }

    private void price(String code, String list, BigDecimal rate, Instant now) {
        save(new ItemPrice(code, list), "Item Price", ItemPrice.class,
                Json.createObjectBuilder().add("price_list_rate", rate).add("currency", "USD"), now);
    }

    private void stock(String code, String warehouse, int qty, Instant now) {
        Bin bin = new Bin(code, warehouse, BigDecimal.valueOf(qty));
        bin.created(ACTOR, now);
        em.persist(bin);
    }

    /** One Vendor Profile per fulfilment route; the demo vendor user sells as the ShipStation one. */
    private void loadVendors(Instant now) {
        String vendorUser = demoUser("vendor@medgrid.local", "Skydell Vendor", Roles.VENDOR);
        em.flush();
        for (String vendor : new java.util.TreeSet<>(VENDORS.values())) {
            JsonObjectBuilder fields = Json.createObjectBuilder().add("vendor_name", vendor).add("country", "United States")
                    .add("status", VendorProfile.APPROVED);
            if (vendor.equals(VENDORS.get("shipstation"))) {
                fields.add("vendor_user", vendorUser).add("email", vendorUser);
            }
            save(new VendorProfile(vendor), "Vendor Profile", VendorProfile.class, fields, now);
        }
        em.flush();
    }

    /** Whatever ships from the ShipStation warehouse goes through ShipStation, mapped or not. */
    private void loadRoutingRules(Instant now) {
        save(new RoutingRule("ShipStation warehouse"), "Fulfillment Routing Rule", RoutingRule.class, Json.createObjectBuilder()
                .add("vendor", "shipstation").add("priority", 35).add("warehouse", "ShipStation Warehouse - SM"), now);
    }

    private void loadPeople(Instant now) {
        String rep = demoUser("rep@medgrid.local", "Riley Rep", Roles.SALES_USER);
        demoUser("manager@medgrid.local", "Morgan Manager", Roles.SALES_MANAGER);
        demoUser("officer@medgrid.local", "Olivia Officer", Roles.MARKETPLACE_OFFICER);
        demoUser("emr@medgrid.local", "EMR Integration", Roles.EMR_INTEGRATION);
        String[][] clinics = {{"Bayside Wellness Clinic", "San Diego", "CA", "92101"}, {"Lone Star Hormone Center", "Austin", "TX", "78701"},
                {"Hudson Longevity Partners", "New York", "NY", "10001"}};
        for (int i = 0; i < clinics.length; i++) {
            String[] clinic = clinics[i];
            String portalUser = demoUser("partner" + (i + 1) + "@medgrid.local", clinic[0] + " Buyer", Roles.CUSTOMER);
            save(new Customer(clinic[0]), "Customer", Customer.class, Json.createObjectBuilder()
                    .add("customer_name", clinic[0]).add("territory", "United States").add("assigned_rep", rep)
                    .add("default_price_list", i == 0 ? PARTNER_PRICE_LIST : PRICE_LIST)
                    .add("email_id", portalUser).add("portal_user", portalUser), now);
            em.flush();
            save(new Address(clinic[0], "Shipping"), "Address", Address.class, Json.createObjectBuilder()
                    .add("address_title", clinic[0]).add("address_type", "Shipping").add("address_line1", (100 + i) + " Main Street")
                    .add("city", clinic[1]).add("state", clinic[2]).add("pincode", clinic[3]).add("customer", clinic[0]), now);
        }
    }

    private String demoUser(String email, String fullName, String role) {
        users.create(new UserInput(email, fullName, true, Set.of(role), "demo-" + role.toLowerCase().replace(' ', '-')), ACTOR);
        UserService.ApiKeys keys = users.generateKeys(email, ACTOR);
        LOG.info(() -> "Demo user " + email + " (" + role + "): Authorization: token " + keys.apiKey() + ":" + keys.apiSecret());
        return email;
    }

    private <E extends DocumentEntity> void save(E entity, String doctype, Class<E> type, JsonObjectBuilder fields, Instant now) {
        JsonObject values = fields.build();
        DocTypeMeta.of(doctype, type).apply(ApiArgs.of(values), entity, values.keySet());
        entity.created(ACTOR, now);
        em.persist(entity);
    }
}

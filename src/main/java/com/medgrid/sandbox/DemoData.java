package com.medgrid.sandbox;

import com.medgrid.catalog.Bin;
import com.medgrid.catalog.Company;
import com.medgrid.catalog.Item;
import com.medgrid.catalog.ItemPrice;
import com.medgrid.catalog.MedgridSettings;
import com.medgrid.catalog.PriceList;
import com.medgrid.catalog.Warehouse;
import com.medgrid.fulfillment.RoutingRule;
import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.Vendors;
import com.medgrid.marketplace.VendorProfile;
import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.oauth.OAuthClients;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.User;
import com.medgrid.platform.security.Scopes;
import com.medgrid.platform.security.UserInput;
import com.medgrid.platform.security.UserService;
import com.medgrid.sales.SalesPerson;
import com.medgrid.selling.Address;
import com.medgrid.selling.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import com.medgrid.webhooks.WebhookEvents;
import com.medgrid.webhooks.WebhookService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A realistic demo marketplace: Skydell Medical's warehouses, items with vendor mappings (each
 * vendor simulator brings its products, its supplier and, if it has one, its warehouse), prices and
 * stock, customers with addresses, and one user per role whose API keys are logged once. Loaded
 * into an empty catalog only, and only when asked ({@code DEMO_DATA=true}).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String ACTOR = "Administrator";
    private static final String COMPANY = "Skydell Medical";
    private static final String PRICE_LIST = "Standard Selling";
    private static final String PARTNER_PRICE_LIST = "Partner Selling";
    /** MedGrid's own warehouse; each simulator may add the warehouse its vendor ships from. */
    private static final String MAIN_WAREHOUSE = "Skydell Main";
    /** The demo vendor user, who sells as the self-service vendors' demo supplier. */
    static final String DEMO_VENDOR = "vendor@medgrid.local";
    static final String DEMO_OFFICER = "officer@medgrid.local";
    private static final String DEMO_PATIENT = "Jordan Rivers";
    static final String DEMO_REP = "rep@medgrid.local";
    /** The sales manager's user's full name, and its Sales Person at the top of the demo sales team. */
    private static final String DEMO_SALES_MANAGER = "Morgan Manager";

    /** A customer of the demo sales team's, and the user of the rep it is assigned to. */
    record TeamCustomer(String rep, String name, String city, String state, String pincode) {
    }

    /** Each demo rep's own customer (the demo rep also has the clinics); {@link DemoOrderHistory} orders for them. */
    static final List<TeamCustomer> TEAM_CUSTOMERS = List.of(
            new TeamCustomer(DEMO_REP, "Coastal Vein & Skin", "San Diego", "CA", "92103"),
            new TeamCustomer("sam.rivera@medgrid.local", "Great Lakes Men's Health", "Chicago", "IL", "60601"),
            new TeamCustomer("casey.brown@medgrid.local", "Pacific Aesthetics Group", "Los Angeles", "CA", "90012"),
            new TeamCustomer("devon.park@medgrid.local", "Desert Vitality Clinic", "Phoenix", "AZ", "85004"));

    /** Clinic supplies MedGrid ships itself from its own warehouse (no vendor: their lines take the manual route). */
    record HouseSupply(String code, String name, BigDecimal rate) {
    }

    static final List<HouseSupply> HOUSE_SUPPLIES = List.of(
            new HouseSupply("SKY-GLOVES-NITRILE", "Nitrile Exam Gloves, case of 1,000", new BigDecimal("145.00")),
            new HouseSupply("SKY-SYRINGE-3ML", "3 mL Luer-Lock Syringes, case of 800", new BigDecimal("210.00")),
            new HouseSupply("SKY-GAUZE-4X4", "Sterile Gauze Pads 4x4, case of 1,200", new BigDecimal("95.00")));

    /**
     * A product the demo vendor packs and ships itself from MedGrid's warehouse: no integration routes it, so
     * the vendor marks its orders shipped in {@code /portal/vendor}.
     */
    static final HouseSupply VENDOR_SHIPPED = new HouseSupply("SKY-KIT-WOUNDCARE", "Wound Care Kit, vendor-packed", new BigDecimal("38.50"));

    /** The warehouse {@link #HOUSE_SUPPLIES} ship from. */
    static final String HOUSE_WAREHOUSE = MAIN_WAREHOUSE + " - SM";

    /** The sizes every demo product comes in: one item each (a simulator's catalog lists the same ones). */
    public static final List<String> STRENGTHS = List.of("5mg", "10mg", "2.5mg", "30 Count", "60 Count", "120 Count",
            "Trial Size", "Clinic Pack", "Value Pack", "Single");

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    UserService users;
    @Inject
    @Any
    Instance<SandboxVendor> simulators;
    @Inject
    Vendors vendors;
    @Inject
    WebhookService webhooks;
    @Inject
    OAuthClients oauthClients;
    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;

    /** The item code of a demo product in one of its {@link #STRENGTHS}: {@code EXO-NAD-30COUNT}. */
    public static String itemCode(String productCode, String strength) {
        return productCode + "-" + strength.toUpperCase().replace(" ", "").replace(".", "");
    }

    public boolean isLoaded() {
        return em.find(Company.class, COMPANY) != null;
    }

    /** The simulators in key order, so that the demo catalog is the same on every start. */
    private List<SandboxVendor> simulators() {
        return simulators.stream().sorted(java.util.Comparator.comparing(SandboxVendor::vendor)).toList();
    }

    private List<String> warehouses() {
        List<String> warehouses = new java.util.ArrayList<>(List.of(MAIN_WAREHOUSE));
        simulators().forEach(s -> s.demoWarehouse().ifPresent(warehouses::add));
        return warehouses;
    }

    @Transactional
    public void load() {
        Instant now = Instant.now();
        List<String> warehouses = warehouses();
        save(new Company(COMPANY), "Company", Company.class, Json.createObjectBuilder().add("abbr", "SM").add("default_currency", "USD"), now);
        for (String w : warehouses) {
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
        settings.setWarehousePriority(warehouses.stream().skip(1).map(w -> w + " - SM").toList());
        settings.modified(ACTOR, now);

        loadVendors(now);

        Random random = new Random(42);
        int count = 0;
        for (SandboxVendor simulator : simulators()) {
            count += saveProducts(simulator, warehouses, random, count, now);
        }
        loadPeople(now);
        simulators().forEach(simulator -> saveRoutingRule(simulator, now));
        int items = count;
        LOG.info(() -> "Demo data loaded: " + warehouses.size() + " warehouses, " + items + " items.");
    }

    /**
     * Simulators added to the build since its demo data was loaded (a database from an older version):
     * their warehouse, supplier, products with prices and stock, and routing rule, as a fresh load
     * would have made them, so that every vendor's demo works after an upgrade too.
     *
     * @return the keys of the vendors whose demo data was added
     */
    @Transactional
    public List<String> topUp() {
        Instant now = Instant.now();
        reviewPrescriptionItems(now);
        if (em.find(Customer.class, DEMO_PATIENT) == null && em.find(Customer.class, "Bayside Wellness Clinic") != null) {
            loadPatient(now);
        }
        if (em.find(SalesPerson.class, DEMO_SALES_MANAGER) == null && em.find(Customer.class, "Bayside Wellness Clinic") != null) {
            loadHouseSupplies(now);
            loadSalesTeam(now);
        }
        if (em.find(Item.class, VENDOR_SHIPPED.code()) == null && em.find(Customer.class, "Bayside Wellness Clinic") != null) {
            loadVendorShippedSupply(now);
        }
        List<SandboxVendor> missing = simulators().stream().filter(s -> !s.demoProducts().isEmpty()
                && em.find(Item.class, itemCode(s.demoProducts().get(0).code(), STRENGTHS.get(0))) == null).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        MedgridSettings settings = em.find(MedgridSettings.class, MedgridSettings.NAME);
        List<String> priority = new java.util.ArrayList<>(settings.getWarehousePriority());
        for (SandboxVendor simulator : missing) {
            simulator.demoWarehouse().filter(w -> em.find(Warehouse.class, w + " - SM") == null).ifPresent(w -> {
                save(new Warehouse(w + " - SM"), "Warehouse", Warehouse.class,
                        Json.createObjectBuilder().add("warehouse_name", w).add("company", COMPANY), now);
                priority.add(w + " - SM");
            });
        }
        settings.setWarehousePriority(priority);
        settings.modified(ACTOR, now);
        em.flush();
        saveVendorProfiles(missing, DEMO_VENDOR, now);
        List<String> warehouses = warehouses().stream().filter(w -> em.find(Warehouse.class, w + " - SM") != null).toList();
        for (SandboxVendor simulator : missing) {
            saveProducts(simulator, warehouses, new Random(simulator.vendor().hashCode()), 0, now);
            if (simulator.demoWarehouse().map(w -> em.find(RoutingRule.class, w) == null).orElse(false)) {
                saveRoutingRule(simulator, now);
            }
        }
        List<String> added = missing.stream().map(SandboxVendor::vendor).toList();
        LOG.info(() -> "Demo data topped up for vendors added since it was loaded: " + added);
        return added;
    }

    /**
     * The demo's prescription items loaded before a reviewing vendor's fields existed get them (only
     * the demo catalog's own items, and only fields still empty: an admin's mapping stays).
     */
    private void reviewPrescriptionItems(Instant now) {
        Map<String, String> fields = prescriptionItemFields();
        int given = 0;
        for (SandboxVendor simulator : simulators()) {
            for (SandboxVendor.DemoProduct product : simulator.demoProducts()) {
                if (!product.prescription()) {
                    continue;
                }
                for (String strength : STRENGTHS) {
                    Item item = em.find(Item.class, itemCode(product.code(), strength));
                    if (item == null) {
                        continue;
                    }
                    Map<String, Object> current = DocTypeMeta.of("Item", Item.class).render(item);
                    JsonObjectBuilder missing = Json.createObjectBuilder();
                    fields.forEach((field, value) -> {
                        if (current.get(field) == null) {
                            missing.add(field, value);
                        }
                    });
                    JsonObject values = missing.build();
                    if (!values.isEmpty()) {
                        DocTypeMeta.of("Item", Item.class).apply(ApiArgs.of(values), item, values.keySet());
                        item.modified(ACTOR, now);
                        given++;
                    }
                }
            }
        }
        if (given > 0) {
            int count = given;
            LOG.info(() -> "Demo prescription items given " + fields.keySet() + ": " + count);
        }
    }

    /** Every simulator's {@link SandboxVendor#demoPrescriptionItemFields}, in vendor key order. */
    private Map<String, String> prescriptionItemFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        simulators().forEach(simulator -> fields.putAll(simulator.demoPrescriptionItemFields()));
        return fields;
    }

    /** The simulator's products in every size, priced and stocked at random in {@code warehouses}; returns how many items. */
    private int saveProducts(SandboxVendor simulator, List<String> warehouses, Random random, int before, Instant now) {
        int count = 0;
        for (SandboxVendor.DemoProduct product : simulator.demoProducts()) {
            for (String strength : STRENGTHS) {
                count++;
                String code = itemCode(product.code(), strength);
                saveItem(code, simulator.demoSupplier().orElseThrow(), product, strength, before + count, now);
                em.flush();
                BigDecimal rate = BigDecimal.valueOf(product.price() * (1 + STRENGTHS.indexOf(strength) % 4 * 0.35)).setScale(2, java.math.RoundingMode.HALF_UP);
                price(code, PRICE_LIST, rate, now);
                price(code, PARTNER_PRICE_LIST, rate.multiply(BigDecimal.valueOf(0.9)).setScale(2, java.math.RoundingMode.HALF_UP), now);
                for (String w : warehouses) {
                    if (random.nextInt(3) > 0) {
                        stock(code, w + " - SM", random.nextInt(300), now);
                    }
                }
            }
        }
        return count;
    }

    private void saveItem(String code, String supplier, SandboxVendor.DemoProduct product, String strength, int n, Instant now) {
        JsonObjectBuilder fields = Json.createObjectBuilder()
                .add("item_name", product.name() + " " + strength)
                .add("default_supplier", supplier)
                .add("description", "<p>" + product.description() + ", " + strength + ".</p>")
                .add("stock_uom", product.uom())
                .add("reorder_level", 25)
                .add("requires_prescription", product.prescription());
        product.mappingFields().apply(code, n).forEach(fields::add);
        if (product.prescription()) {
            prescriptionItemFields().forEach(fields::add);
        }
        saveItem(code, fields.build(), now);
    }

    private void saveItem(String code, JsonObject values, Instant now) {
        Item item = new Item(code);
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

    /**
     * One Vendor Profile per simulator's supplier; the demo vendor user sells as the supplier of the
     * vendors that vendors connect themselves (ShipStation, its own Shopify store), so it can show those connections.
     */
    private void loadVendors(Instant now) {
        demoUser(DEMO_VENDOR, "Skydell Vendor", Roles.VENDOR);
        em.flush();
        saveVendorProfiles(simulators(), DEMO_VENDOR, now);
    }

    /** The Vendor Profiles of these simulators' suppliers that do not exist yet. */
    private void saveVendorProfiles(List<SandboxVendor> of, String vendorUser, Instant now) {
        java.util.Map<String, Boolean> suppliers = new java.util.TreeMap<>();
        of.forEach(s -> s.demoSupplier().ifPresent(supplier -> suppliers.merge(supplier, vendors.byKey(s.vendor())
                .map(v -> v.connections() != VendorDescription.Connections.MANAGED).orElse(false), Boolean::logicalOr)));
        suppliers.forEach((supplier, selfService) -> {
            if (em.find(VendorProfile.class, supplier) != null) {
                return;
            }
            JsonObjectBuilder fields = Json.createObjectBuilder().add("vendor_name", supplier).add("country", "United States")
                    .add("status", VendorProfile.APPROVED);
            if (selfService) {
                fields.add("vendor_user", vendorUser).add("email", vendorUser);
            }
            save(new VendorProfile(supplier), "Vendor Profile", VendorProfile.class, fields, now);
        });
        em.flush();
    }

    /** Whatever ships from a simulator's own warehouse goes to that vendor, mapped or not. */
    private void saveRoutingRule(SandboxVendor simulator, Instant now) {
        simulator.demoWarehouse().ifPresent(w -> save(new RoutingRule(w), "Fulfillment Routing Rule", RoutingRule.class,
                Json.createObjectBuilder().add("vendor", simulator.vendor()).add("priority", 35).add("warehouse", w + " - SM"), now));
    }

    private void loadPeople(Instant now) {
        String rep = demoUser(DEMO_REP, "Riley Rep", Roles.SALES_USER);
        demoUser("manager@medgrid.local", DEMO_SALES_MANAGER, Roles.SALES_MANAGER);
        demoUser(DEMO_OFFICER, "Olivia Officer", Roles.MARKETPLACE_OFFICER);
        String emr = demoUser("emr@medgrid.local", "EMR Integration", Roles.EMR_INTEGRATION);
        OAuthClients.Registered emrApp = oauthClients.registerOnBehalf("Demo EMR", emr, List.of(Scopes.EMR, Scopes.CATALOG_READ), ACTOR);
        LOG.info(() -> "Demo OAuth client (Demo EMR, as " + emr + "): client_id=" + emrApp.clientId()
                + " client_secret=" + emrApp.clientSecret());
        String[][] clinics = {{"Bayside Wellness Clinic", "San Diego", "CA", "92101"}, {"Lone Star Hormone Center", "Austin", "TX", "78701"},
                {"Hudson Longevity Partners", "New York", "NY", "10001"}};
        for (int i = 0; i < clinics.length; i++) {
            String[] clinic = clinics[i];
            String portalUser = demoUser("partner" + (i + 1) + "@medgrid.local", clinic[0] + " Buyer", Roles.CUSTOMER);
            if (i == 0) {
                webhooks.subscribeOnBehalf(portalUser, publicUrl + SandboxWebhookReceiver.PATH, WebhookEvents.NAMES.stream()
                        .filter(event -> event.startsWith("order.")).toList(), "Demo: the sandbox's receiver (GET " + SandboxWebhookReceiver.PATH + ")");
            }
            save(new Customer(clinic[0]), "Customer", Customer.class, Json.createObjectBuilder()
                    .add("customer_name", clinic[0]).add("territory", "United States").add("assigned_rep", rep)
                    .add("default_price_list", i == 0 ? PARTNER_PRICE_LIST : PRICE_LIST)
                    .add("email_id", portalUser).add("portal_user", portalUser), now);
            em.flush();
            save(new Address(clinic[0], "Shipping"), "Address", Address.class, Json.createObjectBuilder()
                    .add("address_title", clinic[0]).add("address_type", "Shipping").add("address_line1", (100 + i) + " Main Street")
                    .add("city", clinic[1]).add("state", clinic[2]).add("pincode", clinic[3]).add("customer", clinic[0]), now);
        }
        loadPatient(now);
        loadHouseSupplies(now);
        loadVendorShippedSupply(now);
        loadSalesTeam(now);
    }

    /**
     * The sales team as a tree: the manager (10 %) over two reps, the first of whom (the demo rep, 8 %)
     * gave slices of its rate to two sub-reps; each rep but the demo one (who has the clinics) gets a
     * customer of its own, so that the team's figures follow whoever orders for them.
     */
    private void loadSalesTeam(Instant now) {
        String[][] team = {{DEMO_SALES_MANAGER, null, "manager@medgrid.local", "10"}, {"Riley Rep", DEMO_SALES_MANAGER, DEMO_REP, "8"},
                {"Sam Rivera", DEMO_SALES_MANAGER, "sam.rivera@medgrid.local", "6"}, {"Casey Brown", "Riley Rep", "casey.brown@medgrid.local", "3"},
                {"Devon Park", "Riley Rep", "devon.park@medgrid.local", "2"}};
        for (String[] member : team) {
            if (em.find(User.class, member[2]) == null) {
                demoUser(member[2], member[0], Roles.SALES_USER);
                em.flush();
            }
            JsonObjectBuilder fields = Json.createObjectBuilder().add("user", member[2]).add("commission_rate", new BigDecimal(member[3]));
            if (member[1] != null) {
                fields.add("parent_sales_person", member[1]);
            }
            save(new SalesPerson(member[0]), "Sales Person", SalesPerson.class, fields, now);
            em.flush(); // parents before their sub-reps
        }
        for (TeamCustomer customer : TEAM_CUSTOMERS) {
            save(new Customer(customer.name()), "Customer", Customer.class, Json.createObjectBuilder().add("customer_name", customer.name())
                    .add("territory", "United States").add("assigned_rep", customer.rep()).add("default_price_list", PRICE_LIST), now);
            em.flush();
            save(new Address(customer.name(), "Shipping"), "Address", Address.class, Json.createObjectBuilder()
                    .add("address_title", customer.name()).add("address_type", "Shipping").add("address_line1", "1 Commerce Plaza")
                    .add("city", customer.city()).add("state", customer.state()).add("pincode", customer.pincode())
                    .add("customer", customer.name()), now);
        }
    }

    private void loadHouseSupplies(Instant now) {
        for (HouseSupply supply : HOUSE_SUPPLIES) {
            saveSupply(supply, Json.createObjectBuilder().add("stock_uom", "Case")
                    .add("description", "<p>" + supply.name() + ", shipped by MedGrid from " + MAIN_WAREHOUSE + ".</p>")
                    .add("reorder_level", 50), 1_000_000, now);
        }
    }

    /** {@link #VENDOR_SHIPPED}, sold as the demo vendor's first Vendor Profile. */
    private void loadVendorShippedSupply(Instant now) {
        String supplier = em.createQuery("SELECT v.name FROM VendorProfile v WHERE v.vendorUser = :user AND v.status = :approved"
                        + " ORDER BY v.name", String.class)
                .setParameter("user", DEMO_VENDOR).setParameter("approved", VendorProfile.APPROVED).setMaxResults(1).getSingleResult();
        saveSupply(VENDOR_SHIPPED, Json.createObjectBuilder().add("stock_uom", "Kit")
                .add("description", "<p>" + VENDOR_SHIPPED.name() + ": packed and shipped by " + supplier + ".</p>")
                .add("default_supplier", supplier).add("reorder_level", 20), 400, now);
    }

    /** A supply in MedGrid's warehouse: the item ({@code fields} and its name), its rate in both demo price lists, its stock. */
    private void saveSupply(HouseSupply supply, JsonObjectBuilder fields, int qty, Instant now) {
        saveItem(supply.code(), fields.add("item_name", supply.name()).build(), now);
        em.flush();
        price(supply.code(), PRICE_LIST, supply.rate(), now);
        price(supply.code(), PARTNER_PRICE_LIST, supply.rate(), now);
        stock(supply.code(), HOUSE_WAREHOUSE, qty, now);
    }

    /**
     * A patient the first clinic's buyer orders for, with what a telehealth clinician needs (birth
     * date, gender, mobile, an address in a city MD Integrations knows): a prescription without a
     * prescriber for them goes through the demo clinician's review to the pharmacy.
     */
    private void loadPatient(Instant now) {
        save(new Customer(DEMO_PATIENT), "Customer", Customer.class, Json.createObjectBuilder()
                .add("customer_name", DEMO_PATIENT).add("customer_type", "Individual").add("territory", "United States")
                .add("default_price_list", PARTNER_PRICE_LIST).add("email_id", "jordan.rivers@example.com")
                .add("portal_user", "partner1@medgrid.local").add("date_of_birth", "1985-04-12").add("gender", "Female")
                .add("mobile_no", "+1 619 555 0142"), now);
        em.flush();
        save(new Address(DEMO_PATIENT, "Shipping"), "Address", Address.class, Json.createObjectBuilder()
                .add("address_title", DEMO_PATIENT).add("address_type", "Shipping").add("address_line1", "742 Harbor Drive")
                .add("city", "San Diego").add("state", "CA").add("pincode", "92101").add("customer", DEMO_PATIENT), now);
    }

    /** A demo user's password: {@code demo-} and its role, lower case and hyphenated (demo-sales-user). */
    static String password(String role) {
        return "demo-" + role.toLowerCase().replace(' ', '-');
    }

    private String demoUser(String email, String fullName, String role) {
        users.create(new UserInput(email, fullName, true, Set.of(role), password(role)), ACTOR);
        UserService.ApiKeys keys = users.generateKeys(email, Optional.empty(), ACTOR);
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

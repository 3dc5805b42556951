package com.medgrid.sandbox;

import com.medgrid.platform.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A month of orders for the demo sales team, so that its dashboards show real figures: each rep's
 * own customer orders MedGrid's house supplies on most of the last 30 days, placed and submitted by
 * the rep through the public API (backdated, as reps may), and an officer records the delivery of
 * those older than three days; and a few orders of the product the demo vendor ships itself, which
 * the vendor marked shipped but for the last two, waiting for it in {@code /portal/vendor}. Through
 * the API rather than the database, so the orders are exactly what a user's would be: credited,
 * reserved, routed, with their events. Placed once, after start-up (the API must be serving), while
 * none of these customers has an order yet.
 */
@ApplicationScoped
public class DemoOrderHistory {

    private static final Logger LOG = Logger.getLogger(DemoOrderHistory.class.getName());
    static final int DAYS = 30;
    private static final int DELIVERED_AFTER_DAYS = 3;
    /** Orders of the product the demo vendor ships itself: it shipped the older ones, the last two wait for it in its portal. */
    private static final int[] VENDOR_SHIPPED_DAYS_AGO = {12, 9, 6, 2, 1};

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;

    private Client client;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** One order to place: who, for whom, when, what. */
    record PastOrder(String rep, String customer, LocalDate date, List<Line> lines) {
    }

    record Line(String itemCode, int qty) {
    }

    /** The same month on every start (a fixed seed), dated back from {@code today}. */
    static List<PastOrder> plan(LocalDate today) {
        Random random = new Random(2026);
        List<PastOrder> orders = new ArrayList<>();
        for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
            for (DemoData.TeamCustomer customer : DemoData.TEAM_CUSTOMERS) {
                if (random.nextInt(10) < 6) {
                    List<Line> lines = new ArrayList<>();
                    for (DemoData.HouseSupply supply : DemoData.HOUSE_SUPPLIES) {
                        if (lines.isEmpty() || random.nextBoolean()) {
                            lines.add(new Line(supply.code(), 1 + random.nextInt(8)));
                        }
                    }
                    orders.add(new PastOrder(customer.rep(), customer.name(), today.minusDays(daysAgo), lines));
                }
            }
        }
        for (int daysAgo : VENDOR_SHIPPED_DAYS_AGO) {
            DemoData.TeamCustomer customer = DemoData.TEAM_CUSTOMERS.get(daysAgo % DemoData.TEAM_CUSTOMERS.size());
            orders.add(new PastOrder(customer.rep(), customer.name(), today.minusDays(daysAgo),
                    List.of(new Line(DemoData.VENDOR_SHIPPED.code(), 2 + random.nextInt(4)))));
        }
        return orders;
    }

    /** Whether the month still has to be placed: none of the team's customers has an order. */
    boolean missing() {
        return em.createQuery("SELECT COUNT(o) FROM SalesOrder o WHERE o.customer IN :customers", Long.class)
                .setParameter("customers", DemoData.TEAM_CUSTOMERS.stream().map(DemoData.TeamCustomer::name).toList())
                .getSingleResult() == 0;
    }

    /** Places the month through the API; throws when the API refuses (the next try starts over only if nothing was placed). */
    void place() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String[]> sessions = new HashMap<>();
        String[] officer = login(DemoData.DEMO_OFFICER, DemoData.password(Roles.MARKETPLACE_OFFICER));
        String[] vendor = login(DemoData.DEMO_VENDOR, DemoData.password(Roles.VENDOR));
        int delivered = 0;
        List<PastOrder> plan = plan(today);
        for (PastOrder order : plan) {
            String[] session = sessions.computeIfAbsent(order.rep(), rep -> login(rep, DemoData.password(Roles.SALES_USER)));
            JsonArrayBuilder items = Json.createArrayBuilder();
            order.lines().forEach(line -> items.add(Json.createObjectBuilder().add("item_code", line.itemCode()).add("qty", line.qty())
                    .add("warehouse", DemoData.HOUSE_WAREHOUSE)));
            JsonObject placed = post(session, "/api/resource/Sales Order", Json.createObjectBuilder().add("customer", order.customer())
                    .add("transaction_date", order.date().toString()).add("delivery_date", order.date().plusDays(DELIVERED_AFTER_DAYS).toString())
                    .add("docstatus", 1).add("items", items).build());
            if (order.date().isBefore(today.minusDays(DELIVERED_AFTER_DAYS))) {
                String name = placed.getJsonObject("data").getString("name");
                boolean vendorShips = order.lines().stream().anyMatch(line -> DemoData.VENDOR_SHIPPED.code().equals(line.itemCode()));
                post(vendorShips ? vendor : officer, "/api/resource/Delivery Note", Json.createObjectBuilder().add("sales_order", name)
                        .add("lr_no", "1ZDEMO" + name.replaceAll("\\D", "")).add("transporter", "UPS").build());
                delivered++;
            }
        }
        int shipped = delivered;
        LOG.info(() -> "Demo order history placed: " + plan.size() + " orders over the last " + DAYS + " days, " + shipped + " delivered.");
    }

    /** {sid, csrf token} of a new session. */
    private String[] login(String user, String password) {
        try (Response answer = client.target(publicUrl).path("/api/method/login").request(MediaType.APPLICATION_JSON)
                .post(Entity.json(Json.createObjectBuilder().add("usr", user).add("pwd", password).build()))) {
            if (answer.getStatus() != 200) {
                throw new IllegalStateException("Demo login of " + user + " answered " + answer.getStatus());
            }
            return new String[] {answer.getCookies().get("sid").getValue(), answer.readEntity(JsonObject.class).getString("csrf_token")};
        }
    }

    private JsonObject post(String[] session, String path, JsonObject body) {
        try (Response answer = client.target(publicUrl).path(path).request(MediaType.APPLICATION_JSON)
                .cookie("sid", session[0]).header("X-Frappe-CSRF-Token", session[1]).post(Entity.json(body))) {
            String text = answer.readEntity(String.class);
            if (answer.getStatus() != 200) {
                throw new IllegalStateException("Demo order history: " + path + " answered " + answer.getStatus() + ": " + text);
            }
            return Json.createReader(new StringReader(text)).readObject();
        }
    }
}

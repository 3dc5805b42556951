package it.microshed;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RestClientBuilder;
import org.microshed.testing.jupiter.MicroShedTest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two members on one PostgreSQL database (PostgreSQL builds only): the build's server and a second one
 * started from the same build on other ports ({@link SecondMember}). Sessions and API keys work on either;
 * naming series never hand out a name twice across them; a catalog change made on one shows on the other
 * within the read cache's documented bound; a dispatch in flight on a member that dies is sent by the other,
 * once, after the claim's lease.
 */
@MicroShedTest
public class ClusterIT {

    private static final String TAG = MedGrid.tag();
    private static final String WAREHOUSE = "Cluster " + TAG + " - C" + TAG;
    private static final String PRICES = "Cluster Prices " + TAG;
    private static final String CLINIC = "Cluster Clinic " + TAG;
    private static final String ITEM = "CLUSTER-" + TAG;
    private static final String SHIPPED_ITEM = "CLUSTER-SHIP-" + TAG;
    private static final String SHIPSTATION_KEY = "cluster-" + TAG;
    /** {@code medgrid.catalog.read-cache-seconds}: how stale a member's catalog reads may be (README, Configuration). */
    private static final Duration CATALOG_CACHE = Duration.ofSeconds(5);

    private static SecondMember second;
    private static MedGrid.Account admin;

    @BeforeAll
    static void aMarketAndASecondMember() {
        admin = MedGrid.systemManager();
        Documents documents = admin.basic(Documents.class);
        documents.create("Company", Map.of("company_name", "Cluster Co " + TAG, "abbr", "C" + TAG));
        documents.create("Warehouse", Map.of("warehouse_name", "Cluster " + TAG, "company", "Cluster Co " + TAG));
        documents.create("Price List", Map.of("price_list_name", PRICES, "currency", "USD"));
        MedGrid.Account vendor = MedGrid.newUser("Vendor");
        documents.create("Vendor Profile", Map.of("vendor_name", "Cluster Vendor " + TAG, "vendor_user", vendor.email(), "status", "Approved"));
        documents.create("Item", Map.of("item_code", ITEM, "item_name", "Cluster Swabs " + TAG));
        documents.create("Item", Map.of("item_code", SHIPPED_ITEM, "item_name", "Cluster Gloves " + TAG,
                "shipstation_product_id", "SS-" + SHIPPED_ITEM, "default_supplier", "Cluster Vendor " + TAG));
        Catalog catalog = admin.basic(Catalog.class);
        for (String item : List.of(ITEM, SHIPPED_ITEM)) {
            documents.create("Item Price", Map.of("item_code", item, "price_list", PRICES, "price_list_rate", 4));
            catalog.setStock(new Catalog.StockCount(item, WAREHOUSE, BigDecimal.valueOf(10_000)));
        }
        admin.basic(Customers.class).create(Customers.Customer.create(CLINIC, PRICES, null));
        vendor.token(ShipStation.class).connect(new ShipStation.Credentials(SHIPSTATION_KEY, SHIPSTATION_KEY));
        second = SecondMember.start();
    }

    @AfterAll
    static void stopTheSecondMember() {
        if (second != null) {
            second.close();
        }
    }

    private static SalesOrders.SalesOrder order(int docstatus, String item) {
        return new SalesOrders.SalesOrder(null, CLINIC, LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(), null, null, docstatus,
                null, null, null, null, null, List.of(SalesOrders.Line.of(item, 1, WAREHOUSE)));
    }

    @Test
    void aSessionAndAnApiKeyWorkOnEitherMember() {
        Response login = MedGrid.anonymous(FrappeMethods.class).login(new FrappeMethods.Credentials(MedGrid.ADMIN_EMAIL, MedGrid.ADMIN_PASSWORD));
        String sid = MedGrid.cookie(login, "sid");
        String csrf = login.readEntity(FrappeMethods.LoginAnswer.class).csrfToken();
        RestClientBuilder onSecond = new RestClientBuilder().withAppContextRoot(second.url()).withHeader("Cookie", "sid=" + sid);
        assertEquals(MedGrid.ADMIN_EMAIL, onSecond.build(FrappeMethods.class).loggedUser().message());

        Documents withToken = new RestClientBuilder().withAppContextRoot(second.url()).withHeader("Cookie", "sid=" + sid)
                .withHeader("X-Frappe-CSRF-Token", csrf).build(Documents.class);
        withToken.create("Price List", Map.of("price_list_name", "Cluster Session " + TAG, "currency", "USD"));
        Documents withoutToken = onSecond.build(Documents.class);
        // the session's CSRF token is checked on the member that did not open the session too
        MedGrid.error(() -> withoutToken.create("Price List", Map.of("price_list_name", "Cluster Forged " + TAG)))
                .assertIs(400, "CSRFTokenError", "X-Frappe-CSRF-Token");

        MedGrid.Account user = MedGrid.newUser("Sales User");
        assertEquals(user.email(), user.token(FrappeMethods.class, second.url()).loggedUser().message());
        assertEquals(user.email(), user.token(FrappeMethods.class).loggedUser().message());
    }

    @Test
    void namesAreNeverHandedOutTwiceAcrossMembers() throws Exception {
        List<SalesOrders> members = List.of(admin.token(SalesOrders.class), admin.token(SalesOrders.class, second.url()));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> created = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                SalesOrders member = members.get(client % 2);
                created.add(clients.submit(() -> {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        names.add(member.create(order(0, ITEM)).data().name());
                    }
                    return names;
                }));
            }
            Set<String> names = new TreeSet<>();
            for (Future<List<String>> client : created) {
                names.addAll(client.get());
            }
            assertEquals(40, names.size(), "40 drafts, 40 names: " + names);
            names.forEach(name -> assertEquals(name, members.get(0).get(name).data().name()));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aCatalogChangeShowsOnTheOtherMemberWithinTheCacheBound() {
        Catalog onSecond = admin.token(Catalog.class, second.url());
        assertEquals(List.of("Cluster Swabs " + TAG), itemNames(onSecond), "read (and cached) on the second member");

        admin.basic(Documents.class).update("Item", ITEM, Map.of("item_name", "Cluster Sterile Swabs " + TAG));
        await().atMost(CATALOG_CACHE.plusSeconds(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> List.of("Cluster Sterile Swabs " + TAG).equals(itemNames(onSecond)));
    }

    private static List<String> itemNames(Catalog catalog) {
        return catalog.searchItems("swabs " + TAG, WAREHOUSE, PRICES, null, null).message().stream().map(Catalog.Row::itemName).toList();
    }

    /**
     * The second member takes a fresh order's dispatch and is killed while ShipStation (the sandbox, holding
     * the call) has not answered: the first member sends it once the claim lapses, and both tries are on record.
     */
    @Test
    void aDispatchInFlightOnAKilledMemberIsSentByTheOther() {
        new RestClientBuilder().withAppContextRoot(second.url()).withBasicAuth(SHIPSTATION_KEY, SHIPSTATION_KEY).build(ShipStation.class)
                .planFault(new ShipStation.Fault("timeout", 1, "orders/createorder"));
        String order = admin.token(SalesOrders.class, second.url()).create(order(1, SHIPPED_ITEM)).data().name();
        Documents documents = admin.basic(Documents.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> List.of("Sending").equals(outcomes(documents, order)));

        second.kill();

        // the claim lapses (20 s in the development build) and the first member's sweep sends it
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> "Sent".equals(documents.get("Fulfillment Dispatch", order + "-shipstation").data().get("status")));
        assertEquals(List.of("Interrupted", "Sent"), outcomes(documents, order), "one try cut short by the dead member, one that went");
        second = SecondMember.start();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> outcomes(Documents documents, String order) {
        List<Map<String, Object>> log = (List<Map<String, Object>>) documents.get("Fulfillment Dispatch", order + "-shipstation")
                .data().get("attempt_log");
        return log.stream().map(attempt -> attempt.get("outcome")).toList();
    }
}

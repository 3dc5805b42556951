package it.incontainer;

import com.medgrid.fulfillment.Dispatch;
import com.medgrid.fulfillment.DispatchAttempt;
import com.medgrid.fulfillment.DispatchAttempts;
import com.medgrid.fulfillment.DispatchClaims;
import com.medgrid.fulfillment.DispatchLine;
import com.medgrid.fulfillment.DispatchRequest;
import com.medgrid.fulfillment.FulfillmentSettings;
import com.medgrid.fulfillment.OrderField;
import com.medgrid.fulfillment.VendorConnector;
import com.medgrid.fulfillment.VendorDescription;
import com.medgrid.fulfillment.VendorOrderRef;
import com.medgrid.fulfillment.VendorUpdate;
import com.medgrid.fulfillment.Vendors;
import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.db.InstantConverter;
import com.medgrid.platform.outbox.Claim;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running server, against its real database: a dispatch whose relay died during the vendor
 * call (claimed, its attempt open) is claimed again by the server's own sweep once the claim has
 * lapsed, and its log then reads the earlier try as interrupted, beside the next try. A task whose
 * claim lapsed before it began, the dispatch claimed by another since, sends nothing.
 * <p>
 * The dispatch goes to a vendor the server has no connector for (one that was retired): the sweep re-claims it and
 * parks it as Waiting without calling anyone, and the test then plays the next relay.
 */
@ExtendWith(ArquillianExtension.class)
class DispatchReclaimIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("dispatch-reclaim-it.war", DispatchClaims.class, DispatchAttempts.class, FulfillmentSettings.class,
                        Dispatch.class, DispatchAttempt.class, DispatchLine.class, DispatchRequest.class, VendorUpdate.class, Vendors.class,
                        VendorDescription.class, VendorConnector.class, OrderField.class, VendorOrderRef.class,
                        DocumentEntity.class, FieldValues.class, Tokens.class, HmacSigner.class, InstantConverter.class)
                .addClasses(com.medgrid.platform.outbox.RetryPolicy.class, Claim.class)
                .addPackages(true, "org.awaitility", "org.hamcrest");
    }

    @Inject
    DispatchClaims claims;
    @Inject
    DispatchAttempts attempts;

    @Resource(lookup = "jdbc/medgrid")
    DataSource database;
    private Sql sql;

    @BeforeEach
    void connect() {
        sql = new Sql(database);
    }

    @Test
    void aLapsedClaimIsTakenAgainAndTheOpenAttemptReadsInterrupted() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String customer = "Reclaim Clinic " + tag;
        String order = "SO-RECLAIM-" + tag;
        String dispatch = order + "-retired_vendor";
        Instant now = Instant.now();
        try {
            sql.execute("INSERT INTO customers (name, customer_name, owner, creation, modified, modified_by) VALUES (?, ?, 'it', ?, ?, 'it')",
                    customer, customer, now, now);
            sql.execute("INSERT INTO sales_orders (name, customer, transaction_date, currency, total_qty, grand_total, docstatus, status,"
                    + " owner, creation, modified, modified_by) VALUES (?, ?, CURRENT_DATE, 'USD', 1, 10, 1, 'To Deliver', 'it', ?, ?, 'it')",
                    order, customer, now, now);
            // a relay claimed it until two minutes from now, opened its attempt, and died during the call
            sql.execute("INSERT INTO fulfillment_dispatches (name, sales_order, vendor, status, attempts, next_attempt_at, queued_at,"
                    + " owner, creation, modified, modified_by) VALUES (?, ?, 'retired_vendor', 'Sending', 0, ?, ?, 'it', ?, ?, 'it')",
                    dispatch, order, now.plusSeconds(120), now.minusSeconds(60), now, now);
            sql.execute("INSERT INTO fulfillment_dispatch_attempts (name, parent, attempted_at, outcome, duration_ms) VALUES (?, ?, ?, 'Sending', 0)",
                    "it-" + tag, dispatch, now.minusSeconds(1));

            // The claim lapses; the server's sweep (every 15 s) takes the dispatch again.
            sql.execute("UPDATE fulfillment_dispatches SET next_attempt_at = TIMESTAMP '2000-01-01 00:00:00' WHERE name = ?", dispatch);
            // (polled on the test's own thread, which may use the server's data source)
            await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> "Waiting".equals(status(dispatch)));
            assertEquals(List.of("Interrupted"), outcomes(dispatch));

            // a relay claims it; its task waits for a worker until the claim lapses, and another member claims it
            List<Claim> late = claims.claimUnsent("retired_vendor", dispatch);
            assertEquals(List.of(dispatch), late.stream().map(Claim::name).toList());
            Duration lease = ConfigProvider.getConfig().getValue("medgrid.fulfillment.claim-lease", Duration.class);
            Claim other = new Claim(dispatch, Claim.leaseEnd(Instant.now(), lease));
            sql.execute("UPDATE fulfillment_dispatches SET next_attempt_at = ? WHERE name = ?", other.leaseEnd(), dispatch);
            assertTrue(attempts.begin(late.get(0)).isEmpty(), "the late task leaves the dispatch to the claim that holds it");
            assertEquals(List.of("Interrupted"), outcomes(dispatch));

            // the holding relay's try is on record, committed, before it would call the vendor, and the lease runs from now
            Instant beforeBegin = Instant.now();
            assertTrue(attempts.begin(other).isPresent());
            assertEquals(List.of("Interrupted", "Sending"), outcomes(dispatch));
            assertEquals(List.of(dispatch), sql.strings("SELECT name FROM fulfillment_dispatches WHERE name = ? AND next_attempt_at >= ?",
                    dispatch, Claim.leaseEnd(beforeBegin, lease)), "the claim is renewed for a lease from the try's start");
        } finally {
            sql.execute("DELETE FROM fulfillment_dispatches WHERE name = ?", dispatch);
            sql.execute("DELETE FROM sales_orders WHERE name = ?", order);
            sql.execute("DELETE FROM customers WHERE name = ?", customer);
        }
    }

    private String status(String dispatch) throws SQLException {
        List<String> statuses = sql.strings("SELECT status FROM fulfillment_dispatches WHERE name = ?", dispatch);
        return statuses.isEmpty() ? null : statuses.get(0);
    }

    /** The attempt log, oldest first, as any other connection sees it: only committed rows. */
    private List<String> outcomes(String dispatch) throws SQLException {
        return sql.strings("SELECT outcome FROM fulfillment_dispatch_attempts WHERE parent = ? ORDER BY attempted_at", dispatch);
    }
}

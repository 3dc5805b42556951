package com.medgrid.platform.idempotency;

import com.medgrid.platform.scheduling.ExpiringRecords;
import it.incontainer.InContainer;
import it.incontainer.Sql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running server, against its real database: a key is held for a running request only for
 * its lease, so a request that never finished (its member died) does not block its retries for a
 * day; a finished request's answer is kept for the full day.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyStoreIT {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("idempotency-store-it.war", IdempotencyStore.class, ExpiringRecords.class)
                .addClass(InContainer.class);
    }

    @Inject
    IdempotencyStore store;

    @Resource(lookup = "jdbc/medgrid")
    DataSource database;

    @Test
    void aKeyWhoseRequestNeverFinishedIsGivenBackWhenItsLeaseLapses() throws Exception {
        String key = UUID.randomUUID().toString();
        assertNull(store.take("it", key, "first"));
        assertEquals(IdempotencyStore.RUNNING, store.take("it", key, "first").status(), "a retry while the first runs");
        assertTrue(expiresAt(key).isBefore(Instant.now().plus(IdempotencyStore.RUNNING_LEASE).plusSeconds(5)),
                "a running request holds its key for the lease, not for " + IdempotencyStore.KEPT);

        // the member running it died: nothing completes or releases the key, and its lease lapses
        new Sql(database).execute("UPDATE idempotency_keys SET expires_at = ? WHERE caller = 'it' AND idem_key = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), key);

        assertNull(store.take("it", key, "first"), "the retry takes the key and runs");
    }

    @Test
    void aRunningRequestRenewsItsLeaseAndAFinishedOneNoLonger() throws Exception {
        String key = UUID.randomUUID().toString();
        assertNull(store.take("it", key, "first"));
        new Sql(database).execute("UPDATE idempotency_keys SET expires_at = ? WHERE caller = 'it' AND idem_key = ?",
                Timestamp.from(Instant.now().plusSeconds(5)), key);
        store.renew("it", key);
        assertTrue(expiresAt(key).isAfter(Instant.now().plus(IdempotencyStore.RUNNING_LEASE).minusSeconds(5)), "held for a lease from now");

        store.complete("it", key, 201, "application/json", "{}");
        Instant kept = expiresAt(key);
        store.renew("it", key);
        assertEquals(kept, expiresAt(key), "a late renewal leaves the kept answer's day alone");
    }

    @Test
    void aFinishedRequestsAnswerIsKeptForTheDay() throws Exception {
        String key = UUID.randomUUID().toString();
        assertNull(store.take("it", key, "first"));
        store.complete("it", key, 200, "application/json", "{\"data\":{}}");

        IdempotencyStore.Seen seen = store.take("it", key, "first");
        assertEquals(IdempotencyStore.DONE, seen.status());
        assertEquals(200, seen.responseCode());
        assertTrue(expiresAt(key).isAfter(Instant.now().plus(IdempotencyStore.KEPT).minus(Duration.ofMinutes(1))),
                "the answer is kept for " + IdempotencyStore.KEPT);
    }

    private Instant expiresAt(String key) throws Exception {
        return Timestamp.valueOf(new Sql(database).strings("SELECT expires_at FROM idempotency_keys WHERE caller = 'it' AND idem_key = ?",
                key).get(0)).toInstant();
    }
}

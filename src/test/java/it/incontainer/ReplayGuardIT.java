package it.incontainer;

import com.medgrid.platform.crypto.HmacSigner;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.inbox.ReplayGuard;
import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running server, against its real database: a nonce is accepted once whatever its length,
 * of simultaneous deliveries of one nonce exactly one passes while the others are told it is a
 * replay (not given a key violation), and the hourly purge forgets only nonces past the guard's memory.
 */
@ExtendWith(ArquillianExtension.class)
class ReplayGuardIT {

    private static final int DELIVERIES = 8;

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("replay-guard-it.war", ReplayGuard.class, ExpiringRecords.class, Tokens.class, HmacSigner.class);
    }

    @Inject
    ReplayGuard guard;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/medgrid")
    DataSource database;

    @Test
    void aNonceOfAnyLengthIsAcceptedOnce() {
        String nonce = UUID.randomUUID() + "x".repeat(5000);
        assertTrue(guard.firstUse("it", nonce));
        assertFalse(guard.firstUse("it", nonce));
        assertTrue(guard.firstUse("it", nonce + "y"), "a different nonce with the same beginning");
    }

    @Test
    void ofSimultaneousDeliveriesOfOneNonceExactlyOnePasses() throws Exception {
        String nonce = UUID.randomUUID().toString();
        List<Future<Boolean>> deliveries = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            deliveries.add(executor.submit(() -> guard.firstUse("it", nonce)));
        }
        int passed = 0;
        for (Future<Boolean> delivery : deliveries) {
            passed += delivery.get() ? 1 : 0;
        }
        assertEquals(1, passed, "deliveries of one nonce that passed");
    }

    @Test
    void theHourlyPurgeForgetsOnlyNoncesOlderThanTheMemory() throws Exception {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        assertTrue(guard.firstUse("it", old));
        assertTrue(guard.firstUse("it", recent));
        new Sql(database).execute("UPDATE webhook_nonces SET seen_at = ? WHERE source = 'it' AND nonce = ?",
                Timestamp.from(Instant.now().minus(ReplayGuard.MEMORY).minusSeconds(60)), Tokens.sha256Hex(old));

        assertTrue(guard.purgeExpired() >= 1);
        assertTrue(guard.firstUse("it", old), "forgotten after the memory");
        assertFalse(guard.firstUse("it", recent), "still remembered within it");
    }
}

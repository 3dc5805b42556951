package it.incontainer;

import com.medgrid.platform.naming.NamingPattern;
import com.medgrid.platform.naming.NamingSeries;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * In the running server, against its real database: concurrent transactions draw names from one
 * series without duplicates or gaps, and a rolled-back draw gives its number back.
 */
@ExtendWith(ArquillianExtension.class)
class NamingSeriesIT {

    private static final int THREADS = 8;
    private static final int NAMES_PER_THREAD = 10;

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("naming-series-it.war", NamingSeries.class, NamingPattern.class);
    }

    @Inject
    NamingSeries series;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void concurrentTransactionsGetUniqueConsecutiveNames() throws Exception {
        String pattern = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-.YYYY.-.#####";
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(executor.submit(drawNames(pattern, NAMES_PER_THREAD)));
        }
        Set<String> names = new HashSet<>();
        for (Future<List<String>> future : futures) {
            names.addAll(future.get());
        }
        assertEquals(THREADS * NAMES_PER_THREAD, names.size(), "duplicate names were handed out");
        NamingPattern naming = new NamingPattern(pattern);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 1; i <= THREADS * NAMES_PER_THREAD; i++) {
            assertEquals(true, names.contains(naming.format(today, i)), "gap at " + i);
        }
    }

    @Test
    void aRolledBackDrawReturnsItsNumber() throws Exception {
        String pattern = "RB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-.#####";
        transaction.begin();
        assertEquals(pattern.substring(0, 9) + "00001", series.next(pattern));
        transaction.rollback();
        transaction.begin();
        assertEquals(pattern.substring(0, 9) + "00001", series.next(pattern));
        transaction.commit();
    }

    @Test
    void drawingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> series.next("NT-.#####"));
    }

    private Callable<List<String>> drawNames(String pattern, int count) {
        return () -> {
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                transaction.begin();
                try {
                    drawn.add(series.next(pattern));
                    transaction.commit();
                } catch (Exception e) {
                    transaction.rollback();
                    throw e;
                }
            }
            return drawn;
        };
    }
}

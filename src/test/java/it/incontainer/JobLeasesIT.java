package it.incontainer;

import com.medgrid.platform.scheduling.JobLeases;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the running server, against its real database: of members asking for a job's lease at the
 * same moment exactly one gets it, and the next period is free again.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeasesIT {

    private static final int MEMBERS = 8;

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment("job-leases-it.war", JobLeases.class);
    }

    @Inject
    JobLeases leases;

    @Resource(lookup = "jdbc/medgrid")
    DataSource database;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void oneMemberRunsEachPeriod() throws Exception {
        String job = "it job " + UUID.randomUUID();
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO job_leases (name, held_until) VALUES (?, TIMESTAMP '1970-01-01 00:00:00')")) {
            insert.setString(1, job);
            insert.executeUpdate();
        }

        List<Future<Boolean>> asks = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            asks.add(executor.submit(() -> leases.take(job, Duration.ofSeconds(1))));
        }
        int taken = 0;
        for (Future<Boolean> ask : asks) {
            taken += ask.get() ? 1 : 0;
        }
        assertEquals(1, taken, "members that took the same period");
        assertFalse(leases.take(job, Duration.ofSeconds(1)), "still held");

        Thread.sleep(1_200); // the lease lapses: the next period
        assertTrue(leases.take(job, Duration.ofMinutes(1)));
        assertFalse(leases.take(job, Duration.ofMinutes(1)));
    }

    @Test
    void aJobWithoutALeaseRowNeverRuns() {
        assertFalse(leases.take("no such job " + UUID.randomUUID(), Duration.ofMinutes(1)));
    }
}

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
 * same moment exactly one gets it, even for a job never run before, and the next period is free again.
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
    void oneMemberRunsEachPeriodEvenTheFirst() throws Exception {
        // no row for the job yet: the first members to ask race to create it, and one of them wins
        String job = "it job " + UUID.randomUUID();
        List<Future<Boolean>> asks = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            asks.add(executor.submit(() -> leases.take(job, Duration.ofMinutes(9))));
        }
        int taken = 0;
        for (Future<Boolean> ask : asks) {
            taken += ask.get() ? 1 : 0;
        }
        assertEquals(1, taken, "members that took the same period");
        assertFalse(leases.take(job, Duration.ofMinutes(9)), "still held");

        // The period is over: its lease has lapsed.
        new Sql(database).execute("UPDATE job_leases SET held_until = TIMESTAMP '2000-01-01 00:00:00' WHERE name = ?", job);
        assertTrue(leases.take(job, Duration.ofMinutes(9)));
        assertFalse(leases.take(job, Duration.ofMinutes(9)));
    }
}

package com.medgrid.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets one cluster member run a periodic job each period. Every member's non-persistent timer
 * asks; the first to move the job's lease forward runs it, the others skip this period. Unlike a
 * persistent EJB timer, which belongs to the member that created it and stops with it, the job
 * keeps running while any member is up. A job's row in {@code job_leases} is made the first time
 * any member asks, so a job needs no migration of its own.
 */
@ApplicationScoped
public class JobLeases {

    private static final String CREATE = "INSERT INTO job_leases (name, holder, held_until) VALUES (?, NULL, TIMESTAMP '1970-01-01 00:00:00')"
            + " ON CONFLICT DO NOTHING";
    private static final String TAKE = "UPDATE job_leases SET holder = ?, held_until = ? WHERE name = ? AND held_until <= ?";

    /** "pid@host": which member ran a job last, for whoever looks at the table. */
    private static final String MEMBER = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /**
     * Whether this member runs {@code job} now. Hold the lease for a little less than the period,
     * so that the next firing finds it free even with members' clocks slightly apart.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, Duration hold) {
        em.createNativeQuery(CREATE).setParameter(1, job).executeUpdate();
        Instant now = Instant.now();
        return em.createNativeQuery(TAKE)
                .setParameter(1, MEMBER)
                .setParameter(2, Timestamp.from(now.plus(hold)))
                .setParameter(3, job)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}

package com.medgrid.fulfillment;

import com.medgrid.platform.outbox.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Puts a try at a dispatch on record before its vendor is called, committed on its own: if the
 * server dies during the call, the attempt log still shows the call, and the next claim completes
 * it as interrupted. The {@link DispatchLedger} completes it with the vendor's answer.
 */
@ApplicationScoped
public class DispatchAttempts {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    FulfillmentSettings settings;

    /**
     * Opens the try and renews the claim's lease from now, so that the lease covers the call however
     * long the task waited for a worker.
     *
     * @return the new attempt's name, or empty when the claim no longer holds the dispatch: its order
     * was held or cancelled since, or the claim lapsed before a worker took it up and another sweep
     * claimed the dispatch
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> begin(Claim claim) {
        Dispatch claimed = em.find(Dispatch.class, claim.name(), LockModeType.PESSIMISTIC_WRITE);
        if (claimed == null || !claimed.isClaimedBy(claim.leaseEnd())) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return Optional.of(claimed.begin(now, Claim.leaseEnd(now, settings.claimLease())).getName());
    }
}

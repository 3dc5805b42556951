package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** @return the new attempt's name, or empty when the dispatch is no longer claimed (its order was held or cancelled since) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> begin(String dispatch) {
        Dispatch claimed = em.find(Dispatch.class, dispatch, LockModeType.PESSIMISTIC_WRITE);
        if (claimed == null || !claimed.isClaimed()) {
            return Optional.empty();
        }
        return Optional.of(claimed.begin(Instant.now()).getName());
    }
}

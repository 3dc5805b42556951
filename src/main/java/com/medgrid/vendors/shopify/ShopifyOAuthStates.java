package com.medgrid.vendors.shopify;

import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The state nonces of Shopify installs in flight: made for one shop, used once, dead after ten minutes. */
@ApplicationScoped
@Transactional
public class ShopifyOAuthStates implements ExpiringRecords {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    String issue(String shop, String integration, String vendorProfile, String requestedBy) {
        String state = Tokens.random(32);
        em.persist(new ShopifyOAuthState(state, shop, integration, vendorProfile, requestedBy, Instant.now().plus(LIFETIME)));
        return state;
    }

    /** The install of this state for this shop, used up at once; empty when unknown, used, expired or for another shop. */
    Optional<ShopifyOAuthState> take(String nonce, String shop) {
        if (nonce == null) {
            return Optional.empty();
        }
        ShopifyOAuthState state = em.find(ShopifyOAuthState.class, nonce, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            return Optional.empty();
        }
        em.remove(state);
        return state.expiredAt(Instant.now()) || !state.getShop().equals(shop) ? Optional.empty() : Optional.of(state);
    }

    @Override
    public String expiredRecords() {
        return "expired Shopify install states";
    }

    @Override
    public int purgeExpired() {
        return em.createNamedQuery(ShopifyOAuthState.PURGE_EXPIRED).setParameter("now", Instant.now()).executeUpdate();
    }
}

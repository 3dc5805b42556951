package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** Single-use, expiring invitations to set a vendor account's first password. */
@ApplicationScoped
@Transactional
public class VendorInvitations implements ExpiringRecords {

    /** 32 characters of [a-z0-9]: about 165 bits, so the stored SHA-256 needs no salt or stretching. */
    private static final int TOKEN_LENGTH = 32;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "medgrid.vendor.invitation-lifetime", defaultValue = "PT72H")
    Duration lifetime;

    /** A new invitation for {@code user}; the token exists only in the returned value. */
    public Issued issue(String user) {
        String token = Tokens.random(TOKEN_LENGTH);
        Instant now = Instant.now();
        VendorInvitation invitation = new VendorInvitation(Tokens.sha256Hex(token), user, now, now.plus(lifetime));
        em.persist(invitation);
        return new Issued(token, invitation.getExpiresAt());
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * Uses the invitation up and returns its user. One answer for unknown, used and expired tokens,
     * so that the answer tells a guesser nothing.
     */
    public String redeem(String token) {
        VendorInvitation invitation = em.find(VendorInvitation.class, Tokens.sha256Hex(token), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (invitation == null || !invitation.usableAt(now)) {
            throw ApiException.validation("This invitation is not valid: it is unknown, already used or expired. Ask MedGrid for a new one.");
        }
        invitation.use(now);
        return invitation.getVendorUser();
    }

    @Override
    public String expiredRecords() {
        return "expired vendor invitations";
    }

    @Override
    public int purgeExpired() {
        return em.createNamedQuery(VendorInvitation.DELETE_EXPIRED_BEFORE).setParameter("cutoff", Instant.now()).executeUpdate();
    }
}

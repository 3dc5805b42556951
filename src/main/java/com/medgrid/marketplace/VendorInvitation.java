package com.medgrid.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A vendor registered without a password sets one with this, once, before it expires. Only the
 * token's SHA-256 is stored: whoever reads the database cannot use it.
 */
@Entity
@Table(name = "vendor_invitations")
@NamedQuery(name = VendorInvitation.DELETE_EXPIRED_BEFORE, query = "DELETE FROM VendorInvitation i WHERE i.expiresAt < :cutoff")
public class VendorInvitation {

    static final String DELETE_EXPIRED_BEFORE = "VendorInvitation.deleteExpiredBefore";

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "vendor_user")
    private String vendorUser;

    @Column(name = "creation")
    private Instant creation;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected VendorInvitation() {
    }

    VendorInvitation(String tokenHash, String vendorUser, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.vendorUser = vendorUser;
        this.creation = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    String getVendorUser() {
        return vendorUser;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}

package com.medgrid.platform.security;

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
@Table(name = "user_invitations")
@NamedQuery(name = UserInvitation.DELETE_EXPIRED_BEFORE, query = "DELETE FROM UserInvitation i WHERE i.expiresAt < :cutoff")
public class UserInvitation {

    static final String DELETE_EXPIRED_BEFORE = "UserInvitation.deleteExpiredBefore";

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "invited_user")
    private String invitedUser;

    @Column(name = "creation")
    private Instant creation;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected UserInvitation() {
    }

    UserInvitation(String tokenHash, String invitedUser, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.invitedUser = invitedUser;
        this.creation = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    String getInvitedUser() {
        return invitedUser;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}

package com.medgrid.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A browser session from {@code /api/method/login}. Stored in the database so every cluster member
 * accepts it; only the SHA-256 of the {@code sid} and of its CSRF token are kept.
 */
@Entity
@Table(name = "sessions")
@NamedQuery(name = UserSession.DELETE_EXPIRED, query = "DELETE FROM UserSession s WHERE s.expiresAt < :now")
@NamedQuery(name = UserSession.DELETE_FOR_USER, query = "DELETE FROM UserSession s WHERE s.userName = :user")
public class UserSession {

    public static final String DELETE_EXPIRED = "UserSession.deleteExpired";
    public static final String DELETE_FOR_USER = "UserSession.deleteForUser";

    @Id
    @Column(name = "sid_hash", length = 64)
    private String sidHash;

    @Column(name = "csrf_token_hash", length = 64, nullable = false)
    private String csrfTokenHash;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "created", nullable = false)
    private Instant created;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected UserSession() {
    }

    public UserSession(String sidHash, String csrfTokenHash, String userName, Instant created, Instant expiresAt) {
        this.sidHash = sidHash;
        this.csrfTokenHash = csrfTokenHash;
        this.userName = userName;
        this.created = created;
        this.expiresAt = expiresAt;
    }

    public String getUserName() {
        return userName;
    }

    public String getCsrfTokenHash() {
        return csrfTokenHash;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}

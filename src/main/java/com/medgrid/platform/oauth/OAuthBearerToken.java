package com.medgrid.platform.oauth;

import com.medgrid.platform.api.NameList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * An access token issued to a client, known by its SHA-256 only. It works until it expires or is
 * revoked, and only while its client and the client's user are enabled.
 */
@Entity
@Table(name = "oauth_bearer_tokens")
@NamedQuery(name = OAuthBearerToken.PURGE_EXPIRED, query = "DELETE FROM OAuthBearerToken t WHERE t.expiresAt < :now")
public class OAuthBearerToken {

    static final String PURGE_EXPIRED = "OAuthBearerToken.purgeExpired";

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client")
    private OAuthClient client;

    /** The granted scopes, as a canonical JSON list. */
    @Column(name = "scopes")
    private String scopes;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected OAuthBearerToken() {
    }

    OAuthBearerToken(String tokenHash, OAuthClient client, List<String> scopes, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.client = client;
        this.scopes = NameList.toJson(scopes);
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    OAuthClient getClient() {
        return client;
    }

    List<String> getScopes() {
        return NameList.fromJson(scopes);
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && client.isEnabled();
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}

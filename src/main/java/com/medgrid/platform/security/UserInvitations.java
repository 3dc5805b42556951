package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.audit.AuditLog;
import com.medgrid.platform.crypto.Tokens;
import com.medgrid.platform.scheduling.ExpiringRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Single-use, expiring invitations to set an account's first password: for a vendor registered
 * without one, a sub-rep a rep invited. No mail server sends them: whoever invited hands the link on.
 */
@ApplicationScoped
@Transactional
public class UserInvitations implements ExpiringRecords {

    /** 32 characters of [a-z0-9]: about 165 bits, so the stored SHA-256 needs no salt or stretching. */
    private static final int TOKEN_LENGTH = 32;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    UserService users;
    @Inject
    AuditLog audit;
    @Inject
    @ConfigProperty(name = "medgrid.invitation-lifetime", defaultValue = "PT72H")
    Duration lifetime;
    @Inject
    @ConfigProperty(name = "medgrid.public-url")
    String publicUrl;

    /** A new invitation for {@code user}; the token exists only in the returned value. */
    public Issued issue(String user) {
        String token = Tokens.random(TOKEN_LENGTH);
        Instant now = Instant.now();
        UserInvitation invitation = new UserInvitation(Tokens.sha256Hex(token), user, now, now.plus(lifetime));
        em.persist(invitation);
        return new Issued(token, invitation.getExpiresAt());
    }

    /** @param token the only copy of the token */
    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * The link to hand on: {@link InvitationMethods#ACCEPT} with the token in its query. There is no
     * password page yet, so whoever follows it POSTs {@code {token, new_password}} there.
     */
    public String url(Issued invitation) {
        return publicUrl + "/api/method/" + InvitationMethods.ACCEPT + "?token=" + URLEncoder.encode(invitation.token(), StandardCharsets.UTF_8);
    }

    /** Sets the invited user's first password, using the invitation up; returns the user. */
    public String accept(String token, String newPassword) {
        PasswordHasher.checkLength("new_password", newPassword);
        String user = redeem(token);
        users.update(user, new UserInput(null, null, null, null, newPassword), user);
        audit.record(user, "Password Set", "User", user, "by invitation");
        return user;
    }

    /**
     * Uses the invitation up and returns its user. One answer for unknown, used and expired tokens,
     * so that the answer tells a guesser nothing.
     */
    private String redeem(String token) {
        UserInvitation invitation = em.find(UserInvitation.class, Tokens.sha256Hex(token), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (invitation == null || !invitation.usableAt(now)) {
            throw ApiException.validation("This invitation is not valid: it is unknown, already used or expired. Ask whoever invited you for a new one.");
        }
        invitation.use(now);
        return invitation.getInvitedUser();
    }

    @Override
    public String expiredRecords() {
        return "expired invitations";
    }

    @Override
    public int purgeExpired() {
        return em.createNamedQuery(UserInvitation.DELETE_EXPIRED_BEFORE).setParameter("cutoff", Instant.now()).executeUpdate();
    }
}

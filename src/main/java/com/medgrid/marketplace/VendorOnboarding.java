package com.medgrid.marketplace;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.audit.AuditLog;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.User;
import com.medgrid.platform.security.UserInvitations;
import com.medgrid.platform.security.UserInput;
import com.medgrid.platform.security.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Vendor onboarding: a registration creates a disabled Vendor user and its Pending Approval
 * profile together; admins approve (enabling the user), reject, suspend and reinstate, each act
 * kept on the profile and in the Audit Log within its own transaction.
 */
@ApplicationScoped
@Transactional
public class VendorOnboarding {

    private static final Logger LOG = Logger.getLogger(VendorOnboarding.class.getName());

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    UserService users;
    @Inject
    AuditLog audit;
    @Inject
    UserInvitations invitations;
    @Inject
    Event<VendorProfileApproved> approvals;

    /** @param invitation present when no password was given */
    public record Registered(String vendorProfile, String status, String user, Optional<UserInvitations.Issued> invitation) {
    }

    public Registered register(VendorRegistration registration, String actor) {
        String name = registration.vendorName();
        if (em.find(VendorProfile.class, name) != null) {
            throw ApiException.duplicate("Vendor Profile " + name + " already exists.");
        }
        if (em.createNamedQuery(VendorProfile.COUNT_WITH_PROFILE_URL, Long.class)
                .setParameter("url", registration.profileUrl()).getSingleResult() > 0) {
            throw ApiException.duplicate("profile_url " + registration.profileUrl() + " is already taken by another Vendor Profile.");
        }
        users.create(new UserInput(registration.email(), name, false, Set.of(Roles.VENDOR), registration.password().orElse(null)), actor);
        em.flush(); // the user row first: the profile refers to it by a plain column, which EclipseLink does not order by
        VendorProfile profile = VendorProfile.registered(registration);
        profile.created(actor, Instant.now());
        em.persist(profile);
        Optional<UserInvitations.Issued> invited = Optional.empty();
        if (registration.password().isEmpty()) {
            UserInvitations.Issued invitation = invitations.issue(registration.email());
            invited = Optional.of(invitation);
            // No mail server sends it: the log says it exists, never what it is.
            LOG.info(() -> "Invitation to set a password issued to " + registration.email() + ", valid until " + invitation.expiresAt());
        }
        audit.record(actor, "Registered", "Vendor Profile", name, "user " + registration.email()
                + (invited.isPresent() ? ", invited to set a password" : ", with a password") + "; awaiting approval");
        return new Registered(name, profile.getStatus(), registration.email(), invited);
    }

    /** Approves a pending profile or reinstates a suspended one; either way its user is enabled as a Vendor. */
    public VendorProfile approve(String name, Optional<String> note, String actor) {
        VendorProfile profile = locked(name);
        ReviewAct act = ReviewAct.approving(name, profile.getStatus());
        if (profile.getVendorUser() != null) {
            User user = users.find(profile.getVendorUser());
            Set<String> roles = new TreeSet<>(user.getRoles());
            roles.add(Roles.VENDOR);
            users.update(user.getName(), new UserInput(null, null, true, roles, null), actor);
        }
        decide(profile, act, note.orElse(null), actor);
        approvals.fire(new VendorProfileApproved(name));
        return profile;
    }

    /** Refuses a pending profile; its user stays disabled. */
    public VendorProfile reject(String name, String note, String actor) {
        VendorProfile profile = locked(name);
        decide(profile, ReviewAct.REJECT.from(name, profile.getStatus()), note, actor);
        return profile;
    }

    /** Stops routing to an approved vendor; its user can still sign in and see its profile. */
    public VendorProfile suspend(String name, String note, String actor) {
        VendorProfile profile = locked(name);
        decide(profile, ReviewAct.SUSPEND.from(name, profile.getStatus()), note, actor);
        return profile;
    }

    private void decide(VendorProfile profile, ReviewAct act, String note, String actor) {
        if (note != null && note.length() > VendorProfile.MAX_NOTE) {
            throw ApiException.validation("note must be at most " + VendorProfile.MAX_NOTE + " characters long.");
        }
        profile.review(act.to, note, actor, Instant.now());
        audit.record(actor, act.auditAction, "Vendor Profile", profile.getName(), note == null ? null : "note: " + note);
    }

    private VendorProfile locked(String name) {
        VendorProfile profile = em.find(VendorProfile.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            throw ApiException.notFound("Vendor Profile " + name + " not found.");
        }
        return profile;
    }
}

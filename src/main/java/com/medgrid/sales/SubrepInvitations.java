package com.medgrid.sales;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.ApiMethod;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.audit.AuditLog;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.UserInput;
import com.medgrid.platform.security.UserInvitations;
import com.medgrid.platform.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code medgrid.subrep_team.invite_subrep}: a rep brings on a sub-rep with a fixed slice of its own
 * commission rate. One transaction makes the user (Sales User, enabled, no password yet), its Sales
 * Person under the inviter and the invitation to set a password, which the inviter hands on.
 */
@ApplicationScoped
public class SubrepInvitations {

    @Inject
    SalesScope scope;
    @Inject
    UserService users;
    @Inject
    UserInvitations invitations;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;
    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @RolesAllowed({Roles.SALES_USER, Roles.SALES_MANAGER})
    @Transactional
    @ApiMethod(value = "medgrid.subrep_team.invite_subrep", httpMethods = "POST",
            summary = "Bring on a sub-rep ({email, full_name, subrep_pct}): a user and a Sales Person under you, paid subrep_pct points of your commission rate")
    public Map<String, Object> invite(ApiArgs args) {
        String email = args.requireString("email").trim();
        String fullName = args.requireString("full_name").trim();
        BigDecimal slice = args.decimal("subrep_pct").orElseThrow(() -> ApiException.validation("subrep_pct is required."));
        // Locked, so that two invitations and a change of the inviter's rate are checked one after the other.
        SalesPerson inviter = em.find(SalesPerson.class, scope.requireMe().name(), LockModeType.PESSIMISTIC_WRITE);
        if (!inviter.isEnabled()) {
            throw ApiException.validation("Sales Person " + inviter.getName() + " is disabled: it cannot invite sub-reps.");
        }
        checkSlice(slice, inviter);
        if (em.find(SalesPerson.class, fullName) != null) {
            throw ApiException.duplicate("Sales Person " + fullName + " already exists: choose another full_name.");
        }
        String subrep = users.create(new UserInput(email, fullName, true, Set.of(Roles.SALES_USER), null), user.name()).getName();
        em.flush(); // the user's row first: the Sales Person refers to it
        SalesPerson person = new SalesPerson(fullName, inviter.getName(), subrep, slice);
        person.created(user.name(), Instant.now());
        em.persist(person);
        UserInvitations.Issued invitation = invitations.issue(subrep);
        audit.record("Sub-rep Invited", "Sales Person", fullName, "user " + subrep + ", " + FieldValues.plain(slice) + " of "
                + inviter.getName() + "'s " + FieldValues.plain(inviter.getCommissionRate()) + " points");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sales_person", fullName);
        answer.put("user", subrep);
        answer.put("parent_sales_person", inviter.getName());
        answer.put("commission_rate", FieldValues.plain(slice));
        answer.put("parent_commission_kept", FieldValues.plain(inviter.getCommissionRate().subtract(slice)));
        answer.put("invitation_url", invitations.url(invitation));
        return answer;
    }

    /** The slice is a percentage of sales, positive, in hundredths at most, and never more than the inviter's own rate. */
    static void checkSlice(BigDecimal slice, SalesPerson inviter) {
        if (slice.signum() <= 0 || slice.stripTrailingZeros().scale() > 2) {
            throw ApiException.validation("subrep_pct must be a positive percentage with at most 2 decimals, got "
                    + slice.toPlainString() + ".");
        }
        if (slice.compareTo(inviter.getCommissionRate()) > 0) {
            throw ApiException.validation("subrep_pct " + FieldValues.plain(slice).toPlainString() + " is more than your own commission rate ("
                    + FieldValues.plain(inviter.getCommissionRate()).toPlainString() + "): a sub-rep's slice comes out of yours.");
        }
    }
}

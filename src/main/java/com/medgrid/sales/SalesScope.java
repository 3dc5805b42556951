package com.medgrid.sales;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.security.CurrentUser;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/**
 * Whose sales figures the caller sees, one rule for every sales-team endpoint: admins see everyone;
 * a sales manager its team (its branch of the tree; everyone when it is not on the tree itself,
 * like a head of sales); a rep itself and the sub-reps under it. The team is read once per request.
 */
@RequestScoped
public class SalesScope {

    @Inject
    CurrentUser user;
    @Inject
    SalesLedger ledger;

    private SalesTeam team;

    SalesTeam team() {
        if (team == null) {
            team = ledger.team();
        }
        return team;
    }

    Optional<SalesTeam.Member> me() {
        return team().ofUser(user.name());
    }

    /** The caller's own Sales Person, or a 417 saying how to get one. */
    SalesTeam.Member requireMe() {
        return me().orElseThrow(() -> ApiException.validation("No Sales Person is linked to user " + user.name()
                + ": a sales manager adds you to the sales team (Sales Person, field user)."));
    }

    boolean seesEveryone() {
        return user.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN)
                || user.hasRole(Roles.SALES_MANAGER) && me().isEmpty();
    }

    /** The Sales Persons whose figures the caller may see (none for a rep not on the team). */
    Set<String> visible() {
        return seesEveryone() ? team().all() : me().map(m -> team().subtree(m.name())).orElse(Set.of());
    }

    /** {@code name}'s Sales Person if the caller may see it; 404 otherwise, so others' names do not leak. */
    SalesTeam.Member visibleMember(String name) {
        if (team().member(name) == null || !visible().contains(name)) {
            throw ApiException.notFound("Sales Person " + name + " not found.");
        }
        return team().member(name);
    }

    /**
     * Who a leaderboard ranks the caller against: its whole sales organisation (everyone under the
     * top of its branch), names and the ranked figure only; everyone for those who see everyone.
     */
    Set<String> leaderboard() {
        return seesEveryone() ? team().all() : team().subtree(team().root(requireMe().name()));
    }
}

package com.medgrid.sales;

import com.medgrid.platform.api.ApiArgs;
import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.api.DocTypeMeta;
import com.medgrid.platform.api.SalesManagedDocType;
import com.medgrid.platform.api.FieldValues;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Roles;
import com.medgrid.platform.security.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.Expression;

import java.util.Set;

/**
 * {@code /api/resource/Sales Person}: the sales team's tree. Everyone on it reads its own branch;
 * sales managers write in theirs, admins anywhere. A member's rate stays within its parent's and
 * above its sub-reps' (their slices come out of it); the tree never loops.
 */
@ApplicationScoped
@RolesAllowed({Roles.SALES_USER, Roles.SALES_MANAGER, Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN})
public class SalesPersonDocType extends SalesManagedDocType<SalesPerson> {

    static final DocTypeMeta META = DocTypeMeta.of("Sales Person", SalesPerson.class);

    @Inject
    SalesScope scope;
    @Inject
    SalesLedger ledger;

    @Override
    protected DocTypeMeta meta() {
        return META;
    }

    @Override
    protected Set<String> writableFields() {
        return Set.of("sales_person_name", "parent_sales_person", "user", "commission_rate", "enabled");
    }

    @Override
    protected SalesPerson newEntity(ApiArgs body) {
        return new SalesPerson(body.requireString("sales_person_name").trim());
    }

    @Override
    protected void validate(SalesPerson person) {
        SalesTeam team = scope.team();
        if (!scope.seesEveryone() && scope.me().map(me -> me.name().equals(person.getName())).orElse(false)) {
            throw ApiException.permission("Not permitted: your own Sales Person (and its rate) is changed by an admin or a manager above you.");
        }
        String parent = person.getParentSalesPerson();
        store.requireLink("Sales Person", SalesPerson.class, parent);
        store.requireLink("User", User.class, person.getUser());
        if (parent != null) {
            if (!scope.seesEveryone() && !scope.visible().contains(parent)) {
                throw ApiException.permission("Not permitted: Sales Person " + parent + " is not in your team.");
            }
            if (team.member(person.getName()) != null ? team.isWithin(parent, person.getName()) : parent.equals(person.getName())) {
                throw ApiException.validation("parent_sales_person " + parent + " is " + person.getName()
                        + " or under it: the sales team is a tree.");
            }
            SalesTeam.Member above = team.member(parent);
            if (person.getCommissionRate().compareTo(above.commissionRate()) > 0) {
                throw ApiException.validation("commission_rate " + points(person.getCommissionRate()) + " is more than " + parent + "'s "
                        + points(above.commissionRate()) + ": a sub-rep's rate is a slice of its parent's.");
            }
        } else if (!scope.seesEveryone()) {
            throw ApiException.permission("Not permitted: only admins and sales managers outside the tree add a top-level Sales Person.");
        }
        if (team.member(person.getName()) != null && person.getCommissionRate().compareTo(team.highestChildRate(person.getName())) < 0) {
            throw ApiException.validation("commission_rate " + points(person.getCommissionRate()) + " is less than a sub-rep's slice ("
                    + points(team.highestChildRate(person.getName())) + "): lower theirs first.");
        }
        if (person.getUser() != null) {
            team.ofUser(person.getUser()).filter(other -> !other.name().equals(person.getName())).ifPresent(other -> {
                throw ApiException.duplicate("User " + person.getUser() + " is already Sales Person " + other.name() + ".");
            });
        }
    }

    @Override
    protected void checkDeletable(SalesPerson person) {
        if (!scope.team().children(person.getName()).isEmpty()) {
            throw ApiException.validation("Sales Person " + person.getName() + " has sub-reps: move them first.");
        }
        if (ledger.hasCredits(person.getName())) {
            throw ApiException.validation("Sales Person " + person.getName() + " has credited sales: disable it instead (enabled 0).");
        }
    }

    @Override
    protected RowScope scope() {
        if (scope.seesEveryone()) {
            return RowScope.ALL;
        }
        Set<String> names = scope.visible();
        return (cb, query, root, params) -> names.isEmpty() ? cb.disjunction()
                : root.get("name").in(names.stream().map(n -> params.of(String.class, n)).toArray(Expression[]::new));
    }

    @Override
    protected boolean visible(SalesPerson person) {
        return scope.visible().contains(person.getName()) || scope.seesEveryone();
    }

    private static String points(java.math.BigDecimal rate) {
        return FieldValues.plain(rate).toPlainString();
    }
}

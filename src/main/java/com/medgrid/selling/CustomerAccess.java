package com.medgrid.selling;

import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Viewer;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;

import java.util.List;

/**
 * Which customers the caller (or another {@link Viewer}) may see: admins, officers and sales managers see all; a sales rep
 * those assigned to or created by them; a partner user the customers they act for.
 */
@RequestScoped
public class CustomerAccess {

    @Inject
    Viewer user;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    private List<String> visible;

    /** The same rules for a viewer other than the caller (outside CDI, for one use). */
    static CustomerAccess of(Viewer viewer, EntityManager em) {
        CustomerAccess access = new CustomerAccess();
        access.user = viewer;
        access.em = em;
        return access;
    }

    public boolean seesAll() {
        return user.hasAnyRole(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN, Roles.MARKETPLACE_OFFICER, Roles.SALES_MANAGER);
    }

    /** Names of the customers a restricted caller may see (unused when {@link #seesAll()}). */
    public List<String> visibleCustomers() {
        if (visible == null) {
            // A rep also sees the customers they created; a partner user only those they act for.
            String createdByRep = user.hasRole(Roles.SALES_USER) ? " OR c.owner = :user" : "";
            visible = em.createQuery("SELECT c.name FROM Customer c WHERE c.portalUser = :user OR c.assignedRep = :user"
                            + createdByRep, String.class)
                    .setParameter("user", user.name())
                    .getResultList();
        }
        return visible;
    }

    public boolean canSee(String customer) {
        return seesAll() || visibleCustomers().contains(customer);
    }

    /** Row scope for a DocType whose {@code attribute} holds a customer name. */
    public RowScope scopeOn(String attribute) {
        if (seesAll()) {
            return RowScope.ALL;
        }
        List<String> names = visibleCustomers();
        return (cb, query, root, params) -> names.isEmpty() ? cb.disjunction()
                : root.get(attribute).in(names.stream().map(n -> params.of(String.class, n)).toArray(Expression[]::new));
    }
}

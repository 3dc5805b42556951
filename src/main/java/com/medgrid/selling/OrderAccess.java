package com.medgrid.selling;

import com.medgrid.marketplace.VendorDirectory;
import com.medgrid.platform.api.RowScope;
import com.medgrid.platform.security.Viewer;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.List;

/**
 * Which Sales Orders, and which of their lines, the caller may see: those of the customers
 * {@link CustomerAccess} lets them see; a rep also the orders they created; a vendor the orders
 * containing lines it fulfils, and only those lines.
 */
@RequestScoped
public class OrderAccess {

    @Inject
    Viewer user;
    @Inject
    CustomerAccess customers;
    @Inject
    VendorDirectory vendors;

    /**
     * The same rules for a viewer other than the caller (outside CDI, for one use): what a webhook
     * subscriber receives follows its owner's access, decided here and nowhere else.
     */
    public static OrderAccess of(Viewer viewer, EntityManager em) {
        OrderAccess access = new OrderAccess();
        access.user = viewer;
        access.customers = CustomerAccess.of(viewer, em);
        access.vendors = VendorDirectory.of(viewer, em);
        return access;
    }

    public boolean canSee(SalesOrder order) {
        return seesWhole(order) || order.getItems().stream().anyMatch(this::isCallersLine);
    }

    /** The lines the caller sees: all of an order it sees whole, else (a vendor) only its own. */
    public List<SalesOrderItem> visibleLines(SalesOrder order) {
        return seesWhole(order) ? order.getItems() : order.getItems().stream().filter(this::isCallersLine).toList();
    }

    /** Row scope matching {@link #canSee(SalesOrder)} for order lists. */
    public RowScope scope() {
        if (customers.seesAll()) {
            return RowScope.ALL;
        }
        RowScope byCustomer = customers.scopeOn("customer");
        boolean rep = user.hasRole(Roles.SALES_USER);
        String me = user.name();
        List<String> mine = vendors.callerVendors();
        return (cb, query, root, params) -> {
            Predicate any = byCustomer.restrict(cb, query, root, params);
            if (rep) {
                any = cb.or(any, cb.equal(root.get("owner"), params.of(String.class, me)));
            }
            if (!mine.isEmpty()) {
                Subquery<String> withMyLines = query.subquery(String.class);
                Root<SalesOrderItem> line = withMyLines.from(SalesOrderItem.class);
                withMyLines.select(line.get("salesOrder").get("name"))
                        .where(line.get("vendor").in(mine.stream().map(v -> params.of(String.class, v)).toArray(Expression[]::new)));
                any = cb.or(any, root.get("name").in(withMyLines));
            }
            return any;
        };
    }

    /** Whether the viewer sees the whole order, not just its own lines of it. */
    public boolean seesWhole(SalesOrder order) {
        return seesWhole(order.getCustomer(), order.getOwner());
    }

    /** Whether the caller sees an order of this customer, created by this user, whole (not just its own lines). */
    boolean seesWhole(String customer, String owner) {
        return customers.canSee(customer) || (user.hasRole(Roles.SALES_USER) && user.name().equals(owner));
    }

    /** Whether the caller sees every order whole. */
    boolean seesAllWhole() {
        return customers.seesAll();
    }

    private boolean isCallersLine(SalesOrderItem line) {
        return line.getVendor() != null && vendors.callerVendors().contains(line.getVendor());
    }
}

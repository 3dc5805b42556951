package com.medgrid.selling;

import com.medgrid.platform.api.DerivedFields;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The Sales Order's vendor fields ({@code shipstation_status}, {@code sinq_transaction_id}, …), which
 * come from the vendors' orders, and what selling needs to show a vendor its share of an order.
 * Implemented by fulfilment, which depends on selling, never the reverse; the vendors describe
 * their fields in their own packages.
 */
public interface SalesOrderVendorFields extends DerivedFields {

    /** The Sales Order fields each fulfilment route fills (its vendor's field group), by route key. */
    Map<String, Set<String>> fieldsByRoute();

    /** For each of the orders, the routes that carry lines of any of the suppliers. */
    Map<String, Set<String>> routesOfSuppliers(Collection<String> orders, Collection<String> suppliers);
}

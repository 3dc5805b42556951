package com.medgrid.selling;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What selling needs to know of fulfilment to show a vendor its share of an order (implemented by
 * fulfilment, which depends on selling, never the reverse): the order fields each route writes, and
 * which routes carry a supplier's lines.
 */
public interface FulfillmentRoutes {

    /** The Sales Order fields each fulfilment route writes (its vendor field group), by route key. */
    Map<String, Set<String>> orderFieldsByRoute();

    /** For each of the orders, the routes that carry lines of any of the suppliers. */
    Map<String, Set<String>> routesOfSuppliers(Collection<String> orders, Collection<String> suppliers);
}

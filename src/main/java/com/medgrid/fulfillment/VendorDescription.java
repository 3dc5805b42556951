package com.medgrid.fulfillment;

import java.util.List;
import java.util.Set;

/**
 * Everything MedGrid needs to know about a fulfilment vendor, declared once in the vendor's own
 * package ({@code vendors/<vendor>}) and read by routing, the integrations registry, the Sales
 * Order's vendor fields, the vendor's view of an order, demo data and the sandbox. Nothing outside
 * a vendor's package lists vendors.
 *
 * @param key            the vendor's key in routing rules, dispatches and {@code aggregate_shipments} ({@code centre_research})
 * @param label          how people see it ({@code Centre Research Peptides})
 * @param connections    whether admins connect the platform's account, or vendors their own
 * @param credentialKeys the credentials a connection needs, as the API takes them
 * @param itemFields     the Item fields that map an item to the vendor's catalog ({@code centre_research_product_id})
 * @param orderFields    the Sales Order fields the vendor's orders fill, named exactly as the specification names them
 * @param capabilities   what its connector can do beyond taking dispatches
 */
public record VendorDescription(String key, String label, Connections connections, List<String> credentialKeys,
                                List<String> itemFields, List<OrderField> orderFields, Set<VendorConnector.Capability> capabilities) {

    /** Who connects the vendor's account. */
    public enum Connections {
        /** Admins connect one platform account; vendors do not see the integration. */
        MANAGED,
        /** Each vendor connects its own account; the platform's managed one serves vendors without one. */
        SELF_SERVICE
    }

    public VendorDescription {
        credentialKeys = List.copyOf(credentialKeys);
        itemFields = List.copyOf(itemFields);
        orderFields = List.copyOf(orderFields);
        capabilities = Set.copyOf(capabilities);
    }

    public boolean can(VendorConnector.Capability capability) {
        return capabilities.contains(capability);
    }
}

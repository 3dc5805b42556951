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
 * @param optionalCredentialKeys credentials a connection may leave out ({@code sinq_webhook_secret}, a base URL with a default)
 * @param lifecycle      the vendor's statuses in the order its orders pass through them, final ones last: news
 *                       never moves an order back along it, even when the vendor gives no time (empty: the
 *                       vendor's event times alone decide)
 */
public record VendorDescription(String key, String label, Connections connections, List<String> credentialKeys,
                                List<String> itemFields, List<OrderField> orderFields, Set<VendorConnector.Capability> capabilities,
                                List<String> optionalCredentialKeys, List<String> lifecycle) {

    /** Who connects the vendor's account. */
    public enum Connections {
        /** Admins connect one platform account; vendors do not see the integration. */
        MANAGED,
        /** Each vendor connects its own account; the platform's managed one serves vendors without one. */
        SELF_SERVICE,
        /** Each vendor connects its own account, and there is no platform account (a vendor's own store). */
        VENDORS_ONLY
    }

    public VendorDescription {
        credentialKeys = List.copyOf(credentialKeys);
        itemFields = List.copyOf(itemFields);
        orderFields = List.copyOf(orderFields);
        capabilities = Set.copyOf(capabilities);
        optionalCredentialKeys = List.copyOf(optionalCredentialKeys);
        lifecycle = List.copyOf(lifecycle);
    }

    /** A vendor whose connections need every credential and whose event times order its news. */
    public VendorDescription(String key, String label, Connections connections, List<String> credentialKeys,
                             List<String> itemFields, List<OrderField> orderFields, Set<VendorConnector.Capability> capabilities) {
        this(key, label, connections, credentialKeys, itemFields, orderFields, capabilities, List.of(), List.of());
    }

    public VendorDescription withOptionalCredentials(String... keys) {
        return new VendorDescription(key, label, connections, credentialKeys, itemFields, orderFields, capabilities, List.of(keys), lifecycle);
    }

    public VendorDescription withLifecycle(String... statuses) {
        return new VendorDescription(key, label, connections, credentialKeys, itemFields, orderFields, capabilities, optionalCredentialKeys, List.of(statuses));
    }

    /** Whether news with status {@code next} would move an order back from {@code current} along the lifecycle. */
    public boolean movesBack(String current, String next) {
        int from = position(current);
        int to = position(next);
        return from >= 0 && to >= 0 && to < from;
    }

    /** Whether news with status {@code next} moves an order on from {@code current} along the lifecycle. */
    public boolean movesOn(String current, String next) {
        int from = position(current);
        int to = position(next);
        return from >= 0 && to > from;
    }

    /** A status's place in the lifecycle, -1 when it has none: null (no status yet, or news without one) included, which the immutable list refuses to look up. */
    private int position(String status) {
        return status == null ? -1 : lifecycle.indexOf(status);
    }

    public boolean can(VendorConnector.Capability capability) {
        return capabilities.contains(capability);
    }
}

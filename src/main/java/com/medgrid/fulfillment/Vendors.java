package com.medgrid.fulfillment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fulfilment vendors MedGrid has: one per deployed {@link VendorConnector}, each described by
 * its own package, plus MedGrid's own shipping for lines no rule routes. Everything that needs to
 * know the vendors asks here.
 */
@ApplicationScoped
public class Vendors {

    /** Lines no rule routes: MedGrid staff ship them and record a Delivery Note. */
    public static final VendorDescription MANUAL = new VendorDescription("manual", "MedGrid Fulfillment",
            VendorDescription.Connections.MANAGED, List.of(), List.of(), List.of(), Set.of());

    @Inject
    @Any
    Instance<VendorConnector> connectors;

    /** The deployed vendors do not change while the application runs: described once. */
    private volatile List<VendorDescription> described;

    /** Every vendor, MedGrid's own shipping last. */
    public List<VendorDescription> all() {
        if (described == null) {
            described = Stream.concat(connectors.stream().map(VendorConnector::description)
                    .sorted(Comparator.comparing(VendorDescription::key)), Stream.of(MANUAL)).toList();
        }
        return described;
    }

    public Optional<VendorDescription> byKey(String key) {
        return all().stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** The vendor's connector; none for MedGrid's own shipping. */
    public Optional<VendorConnector> connector(String key) {
        return connectors.stream().filter(c -> c.description().key().equals(key)).findFirst();
    }

    /** How people see a vendor; its key while no package describes it. */
    public String label(String key) {
        return byKey(key).map(VendorDescription::label).orElse(key);
    }

    /** Every Item field that maps items to a vendor's catalog. */
    public Set<String> itemFields() {
        Set<String> fields = new LinkedHashSet<>();
        all().forEach(v -> fields.addAll(v.itemFields()));
        return fields;
    }
}

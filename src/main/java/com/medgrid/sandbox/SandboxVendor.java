package com.medgrid.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor simulator as the sandbox toolkit runs it (in {@code sandbox/<vendor>}): in the
 * development build its demo account is connected at startup and ships what it accepts by itself,
 * and its products fill the demo catalog. Implementations are CDI beans.
 */
public interface SandboxVendor {

    /** The vendor's key (as its description and its REST client's config key say it). */
    String vendor();

    /** The credentials of its demo account: the development build connects with them at startup. */
    Map<String, String> demoCredentials();

    /**
     * The Vendor Profile that sells this vendor's products in the demo catalog, and that connects a
     * self-service vendor's demo account; none for an integration that sells nothing (telehealth clinicians).
     */
    Optional<String> demoSupplier();

    /** The demo catalog's products of this vendor: only a vendor with a {@link #demoSupplier} has any. */
    List<DemoProduct> demoProducts();

    /** A warehouse the vendor ships from in the demo (everything there routes to it), if any. */
    default Optional<String> demoWarehouse() {
        return Optional.empty();
    }

    /**
     * Fields a vendor that reviews prescriptions (telehealth clinicians) sets on every prescription
     * item of the demo catalog (whichever vendor sells it): which of its offerings a clinician reviews
     * the item under, say. None for the others.
     */
    default Map<String, String> demoPrescriptionItemFields() {
        return Map.of();
    }

    /**
     * A record this simulator made due is due now (an order its demo account accepted a few
     * seconds ago): act on it as the vendor would (ship it and call MedGrid's webhook).
     */
    void due(SandboxRecord record);

    /**
     * A product of the demo catalog: ten sizes of it become items; {@code mappingFields} gives each
     * item's vendor mapping fields from its item code and a running number.
     */
    record DemoProduct(String code, String name, String description, String uom, int price, boolean prescription,
                       java.util.function.BiFunction<String, Integer, Map<String, String>> mappingFields) {
    }
}

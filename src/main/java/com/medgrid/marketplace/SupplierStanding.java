package com.medgrid.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Whether the Vendor Profiles selling some lines may have them shipped: only Approved ones may. */
@ApplicationScoped
@Transactional
public class SupplierStanding {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** Why lines sold by {@code suppliers} (null for MedGrid's own items) must wait; empty when none must. */
    public Optional<String> waitReason(Collection<String> suppliers) {
        List<String> named = suppliers.stream().filter(Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> statuses = new TreeMap<>();
        for (Object[] row : em.createNamedQuery(VendorProfile.STATUS_OF, Object[].class).setParameter("names", named).getResultList()) {
            statuses.put((String) row[0], (String) row[1]);
        }
        return waitReason(statuses);
    }

    /** The first profile (by name) that is not Approved, and what would let its lines go. */
    static Optional<String> waitReason(Map<String, String> statusByProfile) {
        return new TreeMap<>(statusByProfile).entrySet().stream()
                .filter(profile -> !VendorProfile.APPROVED.equals(profile.getValue()))
                .findFirst()
                .map(profile -> "Vendor Profile " + profile.getKey() + " is " + profile.getValue() + ": its lines wait until "
                        + switch (profile.getValue()) {
                            case VendorProfile.SUSPENDED -> "an admin reinstates it.";
                            case VendorProfile.PENDING -> "an admin approves it.";
                            default -> "an admin cancels them.";
                        });
    }
}

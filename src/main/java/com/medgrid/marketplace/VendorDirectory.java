package com.medgrid.marketplace;

import com.medgrid.platform.security.Viewer;
import com.medgrid.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The vendors (approved Vendor Profiles) the calling user sells as; looked up once per request. */
@RequestScoped
public class VendorDirectory {

    @Inject
    Viewer user;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    private List<String> mine;

    /** The same lookup for a viewer other than the caller (outside CDI, for one use). */
    public static VendorDirectory of(Viewer viewer, EntityManager em) {
        VendorDirectory directory = new VendorDirectory();
        directory.user = viewer;
        directory.em = em;
        return directory;
    }

    /** Names of the caller's approved vendor profiles; empty for anyone without the Vendor role. */
    public List<String> callerVendors() {
        if (mine == null) {
            mine = !user.hasRole(Roles.VENDOR) ? List.of()
                    : em.createNamedQuery(VendorProfile.APPROVED_OF_USER, String.class).setParameter("user", user.name()).getResultList();
        }
        return mine;
    }
}

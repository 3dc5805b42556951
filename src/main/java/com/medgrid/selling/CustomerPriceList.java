package com.medgrid.selling;

import com.medgrid.catalog.CallerPriceList;
import com.medgrid.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Objects;
import java.util.Optional;

/** A partner user's price list: the default price list of the customer they act for. */
@ApplicationScoped
public class CustomerPriceList implements CallerPriceList {

    @Inject
    CurrentUser user;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Override
    public Optional<String> forCurrentCaller() {
        if (user.isGuest()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Customer.BY_PORTAL_USER, Customer.class)
                .setParameter("user", user.name())
                .setMaxResults(1)
                .getResultStream()
                .map(Customer::getDefaultPriceList)
                .filter(Objects::nonNull)
                .findFirst();
    }
}

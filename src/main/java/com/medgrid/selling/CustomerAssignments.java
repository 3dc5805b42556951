package com.medgrid.selling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which sales rep (a user) each customer is assigned to ({@code Customer.assigned_rep}), for the sales team's figures. */
@ApplicationScoped
public class CustomerAssignments {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    /** A customer as its rep's list shows it. */
    public record AssignedCustomer(String name, String customerName, String customerType, String territory, String emailId,
                                   boolean disabled) {
    }

    public Optional<String> assignedRep(String customer) {
        Customer found = em.find(Customer.class, customer);
        return Optional.ofNullable(found).map(Customer::getAssignedRep);
    }

    /** The customers assigned to {@code rep}, by name, at most {@code limit}. */
    public List<AssignedCustomer> assignedTo(String rep, int limit) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.assignedRep = :rep ORDER BY c.name", Customer.class)
                .setParameter("rep", rep).setMaxResults(limit).getResultStream()
                .map(c -> new AssignedCustomer(c.getName(), c.getCustomerName(), c.getCustomerType(), c.getTerritory(), c.getEmailId(),
                        c.isDisabled()))
                .toList();
    }

    /** How many customers each of these reps has; a rep with none is absent. */
    public Map<String, Long> countByRep(Collection<String> reps) {
        if (reps.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c.assignedRep, COUNT(c) FROM Customer c WHERE c.assignedRep IN :reps GROUP BY c.assignedRep",
                        Object[].class)
                .setParameter("reps", reps).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }
}

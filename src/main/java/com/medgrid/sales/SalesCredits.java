package com.medgrid.sales;

import com.medgrid.selling.CustomerAssignments;
import com.medgrid.selling.SalesOrder;
import com.medgrid.selling.SalesOrderPaymentRecorded;
import com.medgrid.selling.SalesOrderStatusChanged;
import com.medgrid.selling.SalesOrderSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Credits each submitted order to the rep its customer is assigned to, reverses the credit when the
 * order is cancelled and keeps what was paid on it: in the order's own transaction (the events are
 * fired inside it), so that a credit exists exactly when its order does. An order whose customer has
 * no rep, or whose rep is not on the sales team, is credited to nobody.
 */
@ApplicationScoped
public class SalesCredits {

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    CustomerAssignments assignments;

    void submitted(@Observes SalesOrderSubmitted order) {
        assignments.assignedRep(order.customer())
                .flatMap(user -> em.createNamedQuery(SalesPerson.OF_USER, SalesPerson.class).setParameter("user", user)
                        .getResultStream().filter(SalesPerson::isEnabled).findFirst())
                .ifPresent(rep -> {
                    em.flush(); // an order created and submitted at once: its row first, the credit refers to it
                    em.persist(new SalesCredit(order.salesOrder(), rep.getName(), order.customer(), order.grandTotal(), order.transactionDate()));
                });
    }

    void statusChanged(@Observes SalesOrderStatusChanged change) {
        if (SalesOrder.CANCELLED.equals(change.to())) {
            credit(change.salesOrder()).ifPresent(credit -> credit.reverse(Instant.now()));
        }
    }

    void paymentRecorded(@Observes SalesOrderPaymentRecorded payment) {
        credit(payment.salesOrder()).ifPresent(credit -> credit.paid(payment.advancePaid()));
    }

    private Optional<SalesCredit> credit(String salesOrder) {
        return Optional.ofNullable(em.find(SalesCredit.class, salesOrder));
    }
}

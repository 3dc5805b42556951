package com.medgrid.selling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A customer as a pharmacy patient, for e-prescribing integrations acting for the system: who it
 * is, where it ships, and the pharmacy's patient record once provisioned.
 */
@ApplicationScoped
@Transactional
public class PatientRecords {

    /** The patient facts of a customer; {@code shipTo} is null without a shipping address, other facts null when not recorded. */
    public record Patient(String customer, String name, String email, OrderShipping.ShipTo shipTo, String perfectrxPatientId,
                          LocalDate dateOfBirth, String gender, String mobileNo, String mdiPatientId) {
    }

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    public Optional<Patient> patient(String customer) {
        Customer found = em.find(Customer.class, customer);
        if (found == null) {
            return Optional.empty();
        }
        Address address = em.createQuery("SELECT a FROM Address a WHERE a.customer = :customer ORDER BY a.name", Address.class)
                .setParameter("customer", customer).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return Optional.of(new Patient(found.getName(), found.getCustomerName(), found.getEmailId(),
                address == null ? null : address.toShipTo(found.getCustomerName()), found.getPerfectrxPatientId(),
                found.getDateOfBirth(), found.getGender(), found.getMobileNo(), found.getMdiPatientId()));
    }

    /** Records the customer's MD Integrations patient id. */
    public void recordMdiPatient(String customer, String patientId) {
        Customer found = em.find(Customer.class, customer, LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            found.mdiPatient(patientId);
        }
    }

    /** Records the PerfectRx patient id (when known) and its status (Created / Failed). */
    public void recordPerfectrxPatient(String customer, String patientId, String status) {
        Customer found = em.find(Customer.class, customer, LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            found.perfectrxPatient(patientId, status);
        }
    }
}

package com.medgrid.selling;

import com.medgrid.platform.naming.NamingSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What vendor integrations need of an order, on behalf of the system rather than a caller: where
 * it ships and whom to tell, and Delivery Notes for the shipments vendors report.
 */
@ApplicationScoped
@Transactional
public class OrderShipping {

    /** A shipping address. */
    public record ShipTo(String name, String street1, String street2, String city, String state, String postalCode, String country) {

        /**
         * The ISO 3166 alpha-2 code vendors take: addresses keep the country's name, and one without a
         * country is in the United States; a two-letter country is taken as a code.
         */
        public String countryCode() {
            if (country == null || country.isBlank() || "United States".equalsIgnoreCase(country.trim())) {
                return "US";
            }
            return country.trim().length() == 2 ? country.trim().toUpperCase(java.util.Locale.ROOT) : country.trim();
        }
    }

    /** A shipment of an order: its tracking number and carrier (a Delivery Note's lr_no and transporter). */
    public record Shipment(String trackingNumber, String carrier) {
    }

    /** The order facts a shipping label and a vendor's order need. */
    public record OrderFacts(String salesOrder, String customer, String customerName, String customerEmail, LocalDate orderDate,
                             ShipTo shipTo, String prescriberNpi) {
    }

    private static final String SYSTEM = "Administrator";

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;
    @Inject
    NamingSeries naming;

    public OrderFacts facts(String salesOrder) {
        SalesOrder order = em.find(SalesOrder.class, salesOrder);
        if (order == null) {
            throw new IllegalArgumentException("No Sales Order " + salesOrder);
        }
        Customer customer = em.find(Customer.class, order.getCustomer());
        Address address = order.getShippingAddressName() == null ? null : em.find(Address.class, order.getShippingAddressName());
        return new OrderFacts(order.getName(), customer.getName(), customer.getCustomerName(), customer.getEmailId(),
                order.getTransactionDate(), address == null ? null : address.toShipTo(customer.getCustomerName()), order.getPrescriberNpi());
    }

    /** Records a vendor's shipment as a Delivery Note (lr_no = tracking number), once per tracking number. */
    public void recordShipment(String salesOrder, String trackingNumber, String carrier) {
        boolean known = !em.createQuery("SELECT d.name FROM DeliveryNote d WHERE d.salesOrder = :order AND d.lrNo = :lr", String.class)
                .setParameter("order", salesOrder).setParameter("lr", trackingNumber).getResultList().isEmpty();
        if (known) {
            return;
        }
        SalesOrder order = em.find(SalesOrder.class, salesOrder);
        DeliveryNote note = new DeliveryNote(salesOrder, trackingNumber, carrier);
        note.assign(naming.next(DeliveryNote.SERIES), order.getCustomer(), LocalDate.now(ZoneOffset.UTC));
        note.created(SYSTEM, Instant.now());
        em.persist(note);
    }

    /** The order's most recent shipment (Delivery Note), if it has any. */
    public Optional<Shipment> latestShipment(String salesOrder) {
        return em.createQuery("SELECT d FROM DeliveryNote d WHERE d.salesOrder = :order ORDER BY d.creation DESC, d.name DESC", DeliveryNote.class)
                .setParameter("order", salesOrder).setMaxResults(1).getResultStream()
                .map(d -> new Shipment(d.getLrNo(), d.getTransporter())).findFirst();
    }
}
